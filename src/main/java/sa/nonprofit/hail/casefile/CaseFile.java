package sa.nonprofit.hail.casefile;

import java.time.Instant;
import java.util.List;

/**
 * One case as its reader may see it ({@code GET /api/cases/{number}}, and the case page). Times are ISO instants;
 * each has an Arabic display beside it (Hijri first, Gregorian in brackets, Riyadh time).
 */
record CaseFile(String number, String processKey, String processAr, boolean ended, String stage, String stageAr,
		List<Holder> holders, List<Field> summary, List<Deadline> deadlines, List<Step> timeline,
		List<DocumentEntry> documents, List<MessageEntry> messages, List<NotificationEntry> notifications,
		boolean mayUpload, boolean mayReply) {

	/** A value of the case: its variable name, Arabic label and value as text. */
	record Field(String name, String labelAr, String value) {
	}

	/** Who holds an open task of the case: the candidate groups (Arabic names) and the assignee by full name. */
	record Holder(String task, String taskAr, List<String> groups, List<String> groupsAr, String assignee,
			String assigneeName, Instant due, String dueAr) {
	}

	/** A deadline of the procedure, decided by the step that meets it. */
	record Deadline(String variable, String labelAr, String metBy, Instant due, String dueHijri, String dueGregorian,
			String dueAr, String state, String stateAr, Instant metAt, String metAtAr) {
	}

	/** One step from the engine's history: its Arabic name, who did it, when, and what it wrote. */
	record Step(String activity, String nameAr, String type, String person, String personName, Instant startedAt,
			String startedAtAr, Instant endedAt, String endedAtAr, boolean canceled, List<Field> wrote) {
	}

	/** A document kept with the case, and where to download it. */
	record DocumentEntry(String ref, String fileName, String mediaType, int sizeBytes, String uploadedBy,
			String uploadedByName, Instant uploadedAt, String uploadedAtAr, String href) {
	}

	/** A message of the reporter thread; the reporter has no name here, only "المبلّغ". */
	record MessageEntry(boolean fromReporter, String author, String authorName, String text, Instant at,
			String atAr) {
	}

	/** A message sent about the case: kind, subject, recipient role and status, never its body or contact details. */
	record NotificationEntry(String kind, String subject, String recipientRole, String recipientRoleAr, String status,
			String statusAr, Instant at, String atAr) {
	}

}
