package sa.nonprofit.hail.beneficiary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Names of the support-request process that BPMN, forms, code and tests share (DESIGN.md). */
public final class BeneficiaryProcess {

	public static final String PROCESS_ID = "BeneficiaryRequestProcess";

	/** Request numbers: {@code BR-<year>-<6 digits>}, also the business key. */
	public static final String NUMBER_PREFIX = "BR";

	public static final String MSG_SURVEY_ANSWERED = "Msg_SurveyAnswered";

	private BeneficiaryProcess() {
	}

	/** BPMN element ids. */
	public static final class Elements {

		public static final String START = "StartEvent_RequestReceived";

		public static final String VALIDATE = "Task_ValidateApplication";

		public static final String COMPLETE_APPLICATION = "Task_CompleteApplication";

		public static final String VERIFY = "Task_VerifyApplication";

		public static final String CLARIFICATION = "Task_SocialResearchClarification";

		public static final String DECLARATION = "Task_RecordDeclaration";

		public static final String COMMITTEE_DECISION = "Task_CommitteeDecision";

		public static final String REGISTRATION = "Task_CompleteRegistration";

		public static final String DELIVER_SERVICE = "Task_DeliverService";

		public static final String NOTIFY_RECEIVED = "Task_NotifyRequestReceived";

		public static final String NOTIFY_MISSING = "Task_NotifyMissingInformation";

		public static final String NOTIFY_CLOSED_INCOMPLETE = "Task_NotifyClosedIncomplete";

		public static final String NOTIFY_REFERRED = "Task_NotifyReferredToCommittee";

		public static final String NOTIFY_ACCEPTED = "Task_NotifyAccepted";

		public static final String NOTIFY_REJECTED = "Task_NotifyRejected";

		public static final String ESCALATE_COMMITTEE = "Task_EscalateCommitteeDelay";

		public static final String SEND_SURVEY = "Task_SendSurvey";

		public static final String RECEIVE_SURVEY = "Task_ReceiveSurvey";

		public static final String TIMER_COMPLETION = "Timer_CompletionTimeout";

		public static final String TIMER_COMMITTEE = "Timer_CommitteeDeadline";

		public static final String TIMER_SURVEY = "Timer_SurveyTimeout";

		public static final String END_SERVED = "End_Served";

		public static final String END_SERVED_WITHOUT_SURVEY = "End_ServedWithoutSurvey";

		public static final String END_REJECTED = "End_Rejected";

		public static final String END_CLOSED_INCOMPLETE = "End_ClosedIncomplete";

		public static final String END_ESCALATION = "End_EscalationRecorded";

		private Elements() {
		}

	}

	/** Process variable names. */
	public static final class Variables {

		public static final String REQUEST_NUMBER = "requestNumber";

		public static final String APPLICANT_NAME = "applicantName";

		public static final String NATIONAL_ID = "nationalId";

		public static final String MOBILE = "mobile";

		public static final String EMAIL = "email";

		public static final String CHANNEL = "channel";

		public static final String SUPPORT_TYPE = "supportType";

		public static final String REQUEST_DETAILS = "requestDetails";

		public static final String APPLICATION_VALID = "applicationValid";

		public static final String VALIDATION_ERRORS = "validationErrors";

		public static final String DUPLICATE_OF = "duplicateOf";

		public static final String DUPLICATE_WARNING = "duplicateWarning";

		public static final String VERIFICATION_OUTCOME = "verificationOutcome";

		public static final String DECLARATION_SIGNED = "declarationSigned";

		public static final String DECLARATION_SIGNED_AT = "declarationSignedAt";

		public static final String DECLARATION_METHOD = "declarationMethod";

		public static final String COMMITTEE_DECISION_DUE = "committeeDecisionDue";

		public static final String COMMITTEE_DEADLINE_MISSED = "committeeDeadlineMissed";

		public static final String COMMITTEE_DECISION = "committeeDecision";

		public static final String DECISION_REASON = "decisionReason";

		public static final String SURVEY_TOKEN = "surveyToken";

		public static final String SURVEY_SCORE = "surveyScore";

		public static final String SURVEY_COMMENT = "surveyComment";

		public static final String NOTIFICATION_KIND = "notificationKind";

		public static final String COMPLETION_DUE = "completionDue";

		public static final String SURVEY_ANSWER_DUE = "surveyAnswerDue";

		public static final String PORTAL_DECLARATION_ACCEPTED = "portalDeclarationAccepted";

		public static final String VERIFICATION_NOTES = "verificationNotes";

		public static final String CLARIFICATION_NOTES = "clarificationNotes";

		public static final String BENEFICIARY_FILE_NUMBER = "beneficiaryFileNumber";

		public static final String REGISTRATION_NOTES = "registrationNotes";

		public static final String SERVICE_DELIVERED = "serviceDelivered";

		/** How many documents the applicant sent with a portal request (ID copy, medical report). */
		public static final String ATTACHMENT_COUNT = "attachmentCount";

		/** Local to each user task: the request number for its Tasklist row, which shows a task's own variables. */
		public static final String ROW_CASE_NUMBER = "rowCaseNumber";

		/** Local to each user task: the applicant's name, for the Tasklist row. */
		public static final String ROW_CASE_TITLE = "rowCaseTitle";

		private Variables() {
		}

	}

	/** Camunda Form ids ({@code camunda:formRef}), one per start event and user task. */
	public static final class Forms {

		public static final String START = "BeneficiaryRequestStart";

		public static final String COMPLETE_APPLICATION = "CompleteApplication";

		public static final String VERIFY_APPLICATION = "VerifyApplication";

		public static final String CLARIFICATION = "SocialResearchClarification";

		public static final String RECORD_DECLARATION = "RecordDeclaration";

		public static final String COMMITTEE_DECISION = "CommitteeDecision";

		public static final String COMPLETE_REGISTRATION = "CompleteRegistration";

		public static final String DELIVER_SERVICE = "DeliverService";

		private Forms() {
		}

	}

	/** What beneficiary relations find when verifying an application (policy §6). */
	public enum VerificationOutcome {
		VERIFIED, NEEDS_CLARIFICATION, INCOMPLETE
	}

	/** The research committee's decision on a request. */
	public enum CommitteeDecision {
		ACCEPTED, REJECTED
	}

	/** How the applicant's declaration of policy §7 was given. */
	public enum DeclarationMethod {
		HANDWRITTEN_SIGNATURE, ELECTRONIC_SIGNATURE, PORTAL_CONFIRMATION
	}

	/**
	 * The Arabic names of a request's data, in the order a reader meets them: the case file staff read and the file a
	 * person receives about themselves both use them.
	 */
	public static final Map<String, String> LABELS = labels();

	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put(Variables.REQUEST_NUMBER, "رقم الطلب");
		labels.put(Variables.APPLICANT_NAME, "اسم مقدّم الطلب");
		labels.put(Variables.NATIONAL_ID, "رقم الهوية");
		labels.put(Variables.MOBILE, "الجوال");
		labels.put(Variables.EMAIL, "البريد الإلكتروني");
		labels.put(Variables.CHANNEL, "قناة الورود");
		labels.put(Variables.SUPPORT_TYPE, "نوع الدعم");
		labels.put(Variables.REQUEST_DETAILS, "تفاصيل الطلب");
		labels.put(Variables.ATTACHMENT_COUNT, "عدد المرفقات");
		labels.put(Variables.APPLICATION_VALID, "الطلب مكتمل");
		labels.put(Variables.VALIDATION_ERRORS, "النواقص");
		labels.put(Variables.DUPLICATE_OF, "طلب مكرر من");
		labels.put(Variables.DUPLICATE_WARNING, "تنبيه التكرار");
		labels.put(Variables.VERIFICATION_OUTCOME, "نتيجة المطابقة");
		labels.put(Variables.VERIFICATION_NOTES, "ملاحظات المطابقة");
		labels.put(Variables.CLARIFICATION_NOTES, "ملاحظات البحث الاجتماعي");
		labels.put(Variables.DECLARATION_SIGNED, "الإقرار موقّع");
		labels.put(Variables.DECLARATION_SIGNED_AT, "تاريخ توقيع الإقرار");
		labels.put(Variables.DECLARATION_METHOD, "طريقة الإقرار");
		labels.put(Variables.PORTAL_DECLARATION_ACCEPTED, "الإقرار عبر البوابة");
		labels.put(Variables.COMMITTEE_DECISION, "قرار لجنة البحث");
		labels.put(Variables.DECISION_REASON, "سبب القرار");
		labels.put(Variables.BENEFICIARY_FILE_NUMBER, "رقم ملف المستفيد");
		labels.put(Variables.REGISTRATION_NOTES, "ملاحظات التسجيل");
		labels.put(Variables.SERVICE_DELIVERED, "قُدّمت الخدمة");
		labels.put(Variables.SURVEY_SCORE, "تقييم الخدمة");
		labels.put(Variables.SURVEY_COMMENT, "تعليق المستفيد");
		labels.put(Variables.COMPLETION_DUE, "موعد استكمال البيانات");
		labels.put(Variables.COMMITTEE_DECISION_DUE, "موعد قرار اللجنة");
		labels.put(Variables.SURVEY_ANSWER_DUE, "موعد الرد على الاستبانة");
		return Collections.unmodifiableMap(labels);
	}

	/** The variables whose values are chosen from a closed list, and that list. */
	public static final Map<String, Class<? extends Enum<?>>> CHOICES = Map.of(Variables.CHANNEL, Channel.class,
			Variables.SUPPORT_TYPE, SupportType.class, Variables.VERIFICATION_OUTCOME, VerificationOutcome.class,
			Variables.COMMITTEE_DECISION, CommitteeDecision.class, Variables.DECLARATION_METHOD,
			DeclarationMethod.class);

}
