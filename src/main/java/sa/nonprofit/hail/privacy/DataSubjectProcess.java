package sa.nonprofit.hail.privacy;

import java.util.Map;

/** Names of the data-subject request process (PDPL Art. 4) that BPMN, forms, code and tests share (DESIGN.md). */
public final class DataSubjectProcess {

	public static final String PROCESS_ID = "DataSubjectRequestProcess";

	/** Data-request numbers: {@code DR-<year>-<6 digits>}, also the business key. */
	public static final String NUMBER_PREFIX = "DR";

	/**
	 * Thrown by the erasure step when the erasure is refused (a legal hold stands, or one of the person's support
	 * requests is still open): the request is refused with that as its reason.
	 */
	public static final String ERROR_LEGAL_HOLD = "Error_LegalHold";

	private DataSubjectProcess() {
	}

	/** BPMN element ids. */
	public static final class Elements {

		public static final String START = "StartEvent_DataRequestReceived";

		public static final String NOTIFY_RECEIVED = "Task_NotifyDataRequestReceived";

		public static final String VERIFY_IDENTITY = "Task_VerifyIdentity";

		public static final String REVIEW = "Task_ReviewDataRequest";

		public static final String NOTIFY_EXTENDED = "Task_NotifyDataRequestExtended";

		public static final String FULFIL = "Task_FulfilDataRequest";

		public static final String ERASE = "Task_EraseSubjectData";

		public static final String NOTIFY_FULFILLED = "Task_NotifyDataRequestFulfilled";

		public static final String FORGET_REQUESTER = "Task_ForgetRequester";

		public static final String NOTIFY_REFUSED = "Task_NotifyDataRequestRefused";

		public static final String ESCALATE = "Task_EscalateDataRequestDelay";

		public static final String TIMER_VERIFY = "Timer_VerifyIdentityDeadline";

		public static final String TIMER_REVIEW = "Timer_ReviewDeadline";

		public static final String TIMER_FULFIL = "Timer_FulfilDeadline";

		public static final String LEGAL_HOLD = "Error_LegalHoldApplies";

		public static final String END_FULFILLED = "End_DataRequestFulfilled";

		public static final String END_REQUESTER_FORGOTTEN = "End_RequesterForgotten";

		public static final String END_REFUSED = "End_DataRequestRefused";

		public static final String END_ESCALATED = "End_DelayEscalated";

		private Elements() {
		}

	}

	/** Process variable names. */
	public static final class Variables {

		public static final String REQUEST_NUMBER = "requestNumber";

		public static final String NATIONAL_ID = "nationalId";

		public static final String MOBILE = "mobile";

		public static final String EMAIL = "email";

		public static final String REQUEST_TYPE = "requestType";

		/** The request type's Arabic name, set on receipt: what Tasklist rows and form headers show. */
		public static final String REQUEST_TYPE_NAME = "requestTypeName";

		public static final String DETAILS = "details";

		/**
		 * Set on receipt for the identity check: the mobile(s) the person's support requests hold, masked
		 * ({@code 05XXXXXX67}), empty when none.
		 */
		public static final String MOBILE_ON_FILE = "mobileOnFile";

		/** Set on receipt beside it: whether the mobile given matches the one on file, in words for the officer. */
		public static final String MOBILE_CHECK = "mobileCheck";

		public static final String CHANNEL = "channel";

		/** Keyed hash of the national ID ({@link SubjectKeys}): links the person's requests after an erasure. */
		public static final String SUBJECT_HASH = "subjectHash";

		/** The portal's declaration that the requester is the person the data is about. */
		public static final String DECLARATION_ACCEPTED = "portalDeclarationAccepted";

		public static final String DATA_REQUEST_DUE = "dataRequestDue";

		public static final String IDENTITY_VERIFIED = "identityVerified";

		public static final String VERIFICATION_METHOD = "verificationMethod";

		public static final String DATA_REQUEST_DECISION = "dataRequestDecision";

		public static final String DECISION_REASON = "decisionReason";

		/** True once the single extension has been used; a second one is refused. */
		public static final String EXTENSION_USED = "extensionUsed";

		public static final String EXTENSION_REASON = "extensionReason";

		public static final String EXPORT_READY = "exportReady";

		public static final String CORRECTION_CASE_NUMBER = "correctionCaseNumber";

		public static final String CORRECTION_FIELD = "correctionField";

		public static final String CORRECTION_VALUE = "correctionValue";

		/** {@code APPLIED} to a running case, or {@code RECORDED} beside a finished one (see DataRequestCorrections). */
		public static final String CORRECTION_OUTCOME = "correctionOutcome";

		public static final String ERASURE_CONFIRMED = "erasureConfirmed";

		public static final String FULFILMENT_NOTES = "fulfilmentNotes";

		public static final String DEADLINE_MISSED = "dataRequestDeadlineMissed";

		/** Local to a notification task: which message it sends. */
		public static final String NOTIFICATION_KIND = "notificationKind";

		/** Local to each user task: the request number for its Tasklist row. */
		public static final String ROW_CASE_NUMBER = "rowCaseNumber";

		/** Local to each user task: the request type's Arabic name, for the Tasklist row. */
		public static final String ROW_CASE_TITLE = "rowCaseTitle";

		private Variables() {
		}

	}

	/** Camunda Form ids ({@code camunda:formRef}), one per start event and user task. */
	public static final class Forms {

		public static final String START = "DataRequestStart";

		public static final String VERIFY_IDENTITY = "DataRequestVerifyIdentity";

		public static final String REVIEW = "DataRequestReview";

		public static final String FULFIL = "DataRequestFulfil";

		private Forms() {
		}

	}

	/** The person's right being exercised (PDPL Art. 4). */
	public enum RequestType {

		ACCESS("الاطلاع على البيانات", "Access to my data"), COPY("نسخة من البيانات", "A copy of my data"),
		CORRECTION("تصحيح البيانات", "Correction of my data"), DESTRUCTION("إتلاف البيانات", "Destruction of my data");

		private final String arabicName;

		private final String englishName;

		RequestType(String arabicName, String englishName) {
			this.arabicName = arabicName;
			this.englishName = englishName;
		}

		public String arabicName() {
			return this.arabicName;
		}

		public String englishName() {
			return this.englishName;
		}

		/** Whether fulfilling it delivers the gathered data to the person. */
		public boolean delivers() {
			return this == ACCESS || this == COPY;
		}

	}

	/** How the request reached the association: the website files its own, staff record the others. */
	public enum Channel {
		WEBSITE, IN_PERSON, PHONE, LETTER
	}

	/** How the officer verified that the requester is the person the data is about. */
	public enum VerificationMethod {
		ID_DOCUMENT_IN_PERSON, CALLBACK_TO_REGISTERED_MOBILE, SIGNED_LETTER_WITH_ID_COPY, OTHER
	}

	/** The officer's decision on a verified request. */
	public enum Decision {
		FULFIL, EXTEND, REFUSE
	}

	/** The personal fields of a support request that a correction may change. */
	public enum CorrectableField {
		applicantName, mobile, email, requestDetails
	}

	/** The variables whose values are chosen from a closed list, and that list. */
	public static final Map<String, Class<? extends Enum<?>>> CHOICES = Map.of(Variables.REQUEST_TYPE,
			RequestType.class, Variables.CHANNEL, Channel.class, Variables.VERIFICATION_METHOD,
			VerificationMethod.class, Variables.DATA_REQUEST_DECISION, Decision.class, Variables.CORRECTION_FIELD,
			CorrectableField.class);

}
