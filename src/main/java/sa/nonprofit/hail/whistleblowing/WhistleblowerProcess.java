package sa.nonprofit.hail.whistleblowing;

import java.util.Map;

/** Names of the whistleblower-report process that BPMN, forms, code and tests share (DESIGN.md). */
public final class WhistleblowerProcess {

	public static final String PROCESS_ID = "WhistleblowerReportProcess";

	/** Report numbers: {@code WB-<year>-<6 digits>}, also the business key. */
	public static final String NUMBER_PREFIX = "WB";

	public static final String MSG_NEW_EVIDENCE = "Msg_NewEvidence";

	private WhistleblowerProcess() {
	}

	/** BPMN element ids. */
	public static final class Elements {

		public static final String START = "StartEvent_ReportReceived";

		public static final String ROUTE = "Task_RouteReport";

		public static final String ACKNOWLEDGE = "Task_AcknowledgeReceipt";

		public static final String SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";

		public static final String NOTIFY_LEADERSHIP = "Task_NotifyLeadership";

		public static final String PRELIMINARY_REVIEW = "Task_PreliminaryReview";

		public static final String AWAIT_EVIDENCE = "Task_AwaitNewEvidence";

		public static final String NOTIFY_NEW_EVIDENCE = "Task_NotifyNewEvidence";

		public static final String INVESTIGATION = "Task_CommitteeInvestigation";

		public static final String CHAIR_APPROVAL = "Task_ChairApproval";

		public static final String DISCIPLINARY_ACTION = "Task_DisciplinaryAction";

		public static final String REPORTER_FEEDBACK = "Task_ReporterFeedback";

		public static final String NOTIFY_REPORTER = "Task_NotifyReporterFeedback";

		public static final String ESCALATE = "Task_EscalateMissedDeadline";

		public static final String TIMER_ACKNOWLEDGEMENT = "Timer_AcknowledgementDeadline";

		public static final String TIMER_LEADERSHIP = "Timer_LeadershipDeadline";

		public static final String TIMER_INVESTIGATION = "Timer_InvestigationDeadline";

		public static final String TIMER_EVIDENCE_WINDOW = "Timer_EvidenceWindow";

		public static final String END_CLOSED_UNJUSTIFIED = "End_ClosedUnjustified";

		public static final String END_CLOSED = "End_ReportClosed";

		public static final String END_ESCALATED = "End_DeadlineEscalated";

		private Elements() {
		}

	}

	/** Process variable names. */
	public static final class Variables {

		public static final String REPORT_NUMBER = "reportNumber";

		public static final String CHANNEL = "channel";

		public static final String CATEGORY = "category";

		/** The category's Arabic name, set by the routing: what Tasklist rows and form headers show. */
		public static final String CATEGORY_NAME = "categoryName";

		public static final String DESCRIPTION = "description";

		public static final String ACCUSED_ROLE = "accusedRole";

		public static final String AUDITOR_GROUP = "auditorGroup";

		public static final String INVESTIGATOR_GROUP = "investigatorGroup";

		public static final String APPROVER_GROUP = "approverGroup";

		public static final String DISCIPLINARY_GROUP = "disciplinaryGroup";

		public static final String ESCALATION_GROUP = "escalationGroup";

		public static final String INFORMED_GROUPS = "informedGroups";

		/** The informed groups by their Arabic names, as the auditor's form shows them. */
		public static final String INFORMED_GROUP_NAMES = "informedGroupNames";

		public static final String DIRECTOR_ACCUSED = "directorAccused";

		public static final String ACKNOWLEDGEMENT_DUE = "acknowledgementDue";

		public static final String LEADERSHIP_DUE = "leadershipDue";

		public static final String INVESTIGATION_DUE = "investigationDue";

		public static final String EVIDENCE_WINDOW_END = "evidenceWindowEnd";

		public static final String REVIEW_OUTCOME = "reviewOutcome";

		public static final String CHAIR_DECISION = "chairDecision";

		public static final String COMMITTEE_FINDINGS = "committeeFindings";

		public static final String COMMITTEE_RECOMMENDATION = "committeeRecommendation";

		public static final String DISCIPLINARY_MEASURES = "disciplinaryMeasures";

		public static final String REPORTER_FEEDBACK = "reporterFeedback";

		public static final String MISSED_DEADLINE = "missedDeadline";

		public static final String NEW_EVIDENCE = "newEvidence";

		public static final String ATTACHMENT_COUNT = "attachmentCount";

		/** Local to a notification task: which message it sends. */
		public static final String NOTIFICATION_KIND = "notificationKind";

		public static final String ACKNOWLEDGEMENT_METHOD = "acknowledgementMethod";

		public static final String LEADERSHIP_BRIEFING = "leadershipBriefing";

		public static final String REVIEW_NOTES = "reviewNotes";

		public static final String CHAIR_COMMENTS = "chairComments";

		public static final String ACKNOWLEDGEMENT_DEADLINE_MISSED = "acknowledgementDeadlineMissed";

		public static final String LEADERSHIP_DEADLINE_MISSED = "leadershipDeadlineMissed";

		public static final String INVESTIGATION_DEADLINE_MISSED = "investigationDeadlineMissed";

		/** Local to each user task: the report number for its Tasklist row, which shows a task's own variables. */
		public static final String ROW_CASE_NUMBER = "rowCaseNumber";

		/** Local to each user task: the category's Arabic name, for the Tasklist row. */
		public static final String ROW_CASE_TITLE = "rowCaseTitle";

		private Variables() {
		}

	}

	/** Camunda Form ids ({@code camunda:formRef}), one per start event and user task. */
	public static final class Forms {

		public static final String START = "WhistleblowerReportStart";

		public static final String ACKNOWLEDGE_RECEIPT = "AcknowledgeReceipt";

		public static final String NOTIFY_LEADERSHIP = "NotifyLeadership";

		public static final String PRELIMINARY_REVIEW = "PreliminaryReview";

		public static final String COMMITTEE_INVESTIGATION = "CommitteeInvestigation";

		public static final String CHAIR_APPROVAL = "ChairApproval";

		public static final String DISCIPLINARY_ACTION = "DisciplinaryAction";

		public static final String REPORTER_FEEDBACK = "ReporterFeedback";

		private Forms() {
		}

	}

	/** How a report reached the association; staff record every channel but the website, which files its own. */
	public enum Channel {

		PHONE("هاتف"), LETTER("خطاب"), IN_PERSON("حضوريًا"), EMAIL("بريد إلكتروني"), WEBSITE("الموقع الإلكتروني");

		private final String arabicName;

		Channel(String arabicName) {
			this.arabicName = arabicName;
		}

		public String arabicName() {
			return this.arabicName;
		}

	}

	/** How the auditor told the reporter the report was received. */
	public enum AcknowledgementMethod {
		PHONE, LETTER, EMAIL, IN_PERSON, NOT_REACHABLE
	}

	/** The internal auditor's preliminary review. */
	public enum ReviewOutcome {
		UNJUSTIFIED, RESOLVED_WITHOUT_INVESTIGATION, INVESTIGATE
	}

	/** The board chair's ratification of the committee's recommendation. */
	public enum ChairDecision {
		APPROVED, RETURNED
	}

	/** The variables whose values are chosen from a closed list, and that list. */
	public static final Map<String, Class<? extends Enum<?>>> CHOICES = Map.of(Variables.CHANNEL, Channel.class,
			Variables.CATEGORY, ReportCategory.class, Variables.ACCUSED_ROLE, AccusedRole.class,
			Variables.ACKNOWLEDGEMENT_METHOD, AcknowledgementMethod.class, Variables.REVIEW_OUTCOME,
			ReviewOutcome.class, Variables.CHAIR_DECISION, ChairDecision.class, Variables.MISSED_DEADLINE,
			MissedDeadline.class);

}
