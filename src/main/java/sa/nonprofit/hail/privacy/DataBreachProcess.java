package sa.nonprofit.hail.privacy;

import java.util.Map;

/**
 * Names of the personal-data breach process (PDPL Art. 20, IR Art. 24: the authority within 72 hours of becoming
 * aware, the people affected told when harm is likely) that BPMN, forms, code and tests share (DESIGN.md).
 */
public final class DataBreachProcess {

	public static final String PROCESS_ID = "DataBreachProcess";

	/**
	 * Breach numbers: {@code DB-<year>-<8 unguessable characters>} like report numbers ({@code DB-2026-7KQ2M9XC}), so
	 * that no staff member who starts one learns how many breaches there were; also the business key.
	 */
	public static final String NUMBER_PREFIX = "DB";

	/** What a breach's Tasklist row reads as its kind: nothing of what happened, which may name people. */
	public static final String ROW_TITLE = "حادثة تسرب بيانات شخصية";

	private DataBreachProcess() {
	}

	/** BPMN element ids. */
	public static final class Elements {

		public static final String START = "StartEvent_BreachDiscovered";

		public static final String ASSESS = "Task_AssessBreach";

		public static final String NOTIFY_AUTHORITY = "Task_NotifyAuthority";

		public static final String TIMER_ESCALATION = "Timer_AuthorityNoticeEscalation";

		public static final String ESCALATE = "Task_EscalateAuthorityNotice";

		public static final String END_ESCALATED = "End_AuthorityNoticeEscalated";

		public static final String HARM_LIKELY = "Gateway_HarmLikely";

		public static final String NOTIFY_SUBJECTS = "Task_NotifyDataSubjects";

		public static final String SEND_NOTICES = "Task_SendBreachNotices";

		public static final String CLOSE = "Task_CloseBreach";

		public static final String END_CLOSED = "End_BreachClosed";

		private Elements() {
		}

	}

	/** Process variable names. */
	public static final class Variables {

		public static final String BREACH_NUMBER = "breachNumber";

		/** Who started it from Tasklist (the start event's initiator). */
		public static final String REPORTED_BY = "reportedBy";

		/** Set on receipt to {@link DataBreachProcess#ROW_TITLE}: what Tasklist rows and form headers show. */
		public static final String BREACH_TITLE = "breachTitle";

		public static final String DESCRIPTION = "breachDescription";

		/** When the association became aware: the 72 hours run from here, not from the start. */
		public static final String AWARE_AT = "awareAt";

		public static final String DISCOVERY = "discoveryMethod";

		/** {@code awareAt} + {@code app.deadlines.breach-authority-notice}: the task's due date. */
		public static final String AUTHORITY_DUE = "authorityNoticeDue";

		/** {@code awareAt} + {@code app.deadlines.breach-authority-escalation}: the chair is told then. */
		public static final String ESCALATION_AT = "authorityEscalationAt";

		public static final String HARM_LIKELY = "harmLikely";

		public static final String DATA_CATEGORIES = "dataCategories";

		public static final String PEOPLE_AFFECTED = "peopleAffected";

		public static final String RECORDS_AFFECTED = "recordsAffected";

		public static final String RISKS = "risks";

		public static final String MEASURES = "measuresTaken";

		/** One per line: BR-/DR-/WB- numbers or national IDs ({@link BreachAffectedPeople}). */
		public static final String AFFECTED_PEOPLE = "affectedPeople";

		/** {@code NOTIFIED} or {@code NOT_REQUIRED} ({@link AuthorityNotice}). */
		public static final String AUTHORITY_NOTICE = "authorityNotice";

		public static final String AUTHORITY_NOTIFIED_AT = "authorityNotifiedAt";

		public static final String AUTHORITY_METHOD = "authorityNoticeMethod";

		public static final String AUTHORITY_REFERENCE = "authorityReference";

		public static final String NOT_REQUIRED_REASON = "authorityNotRequiredReason";

		/** The notice's content for the officer to copy, built when the task is created. */
		public static final String AUTHORITY_NOTICE_CONTENT = "authorityNoticeContent";

		public static final String ESCALATED = "authorityNoticeEscalated";

		/**
		 * The message to the people affected, composed by the system ({@link BreachMessages}): shown to the officer with
		 * a place for what happened, and composed again from its parts when it is sent; never the officer's text.
		 */
		public static final String SUBJECT_MESSAGE = "subjectMessage";

		/** The one part of the message the officer writes: what happened, without links or contact details. */
		public static final String SUBJECT_WHAT_HAPPENED = "subjectWhatHappened";

		/** Optional advice the officer adds to the fixed advice, under the same limits. */
		public static final String SUBJECT_EXTRA_ADVICE = "subjectExtraAdvice";

		/** How many report numbers (WB-) the officer named: never whether any exists or was reached. */
		public static final String REPORTS_NAMED = "reportsNamed";

		public static final String SUBJECTS_NOTIFIED_AT = "subjectsNotifiedAt";

		/** People named other than by a report number who were sent the message. */
		public static final String SUBJECTS_REACHED = "subjectsReached";

		/** People named other than by a report number with no contact on file. */
		public static final String SUBJECTS_WITHOUT_CONTACT = "subjectsWithoutContact";

		public static final String LESSONS = "lessonsLearned";

		public static final String PREVENTION = "preventionMeasures";

		public static final String ROW_CASE_NUMBER = "rowCaseNumber";

		public static final String ROW_CASE_TITLE = "rowCaseTitle";

		private Variables() {
		}

	}

	/** Camunda Form ids ({@code camunda:formRef}), one per start event and user task. */
	public static final class Forms {

		public static final String START = "DataBreachStart";

		public static final String ASSESS = "DataBreachAssess";

		public static final String NOTIFY_AUTHORITY = "DataBreachNotifyAuthority";

		public static final String NOTIFY_SUBJECTS = "DataBreachNotifySubjects";

		public static final String CLOSE = "DataBreachClose";

		private Forms() {
		}

	}

	/** What the officer recorded about the authority (SDAIA): notified, or not required because harm is unlikely. */
	public enum AuthorityNotice {
		NOTIFIED, NOT_REQUIRED
	}

	/** How the authority was notified. */
	public enum AuthorityMethod {
		NATIONAL_PLATFORM, EMAIL, LETTER, OTHER
	}

	/** The variables whose values are chosen from a closed list, and that list. */
	public static final Map<String, Class<? extends Enum<?>>> CHOICES = Map.of(Variables.AUTHORITY_NOTICE,
			AuthorityNotice.class, Variables.AUTHORITY_METHOD, AuthorityMethod.class);

}
