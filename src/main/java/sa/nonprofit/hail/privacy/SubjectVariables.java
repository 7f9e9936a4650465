package sa.nonprofit.hail.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;

/**
 * Which engine variables hold a person's data: the processes that do, the Arabic names a person reads in their file,
 * and what an erasure keeps. Kept are only values that identify nobody (a channel, a decision, a score, a date, a
 * case number), so that the figures of past periods still add up; everything else, including any variable added
 * later, is erased.
 */
final class SubjectVariables {

	/** The data requests of the DataSubjectRequestProcess (DESIGN.md, Personal data). */
	static final String DATA_REQUEST_PROCESS = DataSubjectProcess.PROCESS_ID;

	/** The keyed hash of the requester's national ID, kept on a data request after it is forgotten. */
	static final String SUBJECT_HASH = DataSubjectProcess.Variables.SUBJECT_HASH;

	/** The national ID, as both processes name it. */
	static final String NATIONAL_ID = BeneficiaryProcess.Variables.NATIONAL_ID;

	/** The processes whose instances belong to one person; whistleblowing reports are never among them. */
	static final List<String> PROCESSES = List.of(BeneficiaryProcess.PROCESS_ID, DATA_REQUEST_PROCESS);

	/** Values of the engine's own types that cannot be personal: numbers, dates and switches. */
	private static final Set<String> PLAIN_TYPES = Set.of("boolean", "integer", "long", "short", "double", "date",
			"null");

	/** Text values that identify nobody, kept by an erasure (in both processes where the name is shared). */
	private static final Set<String> KEPT_TEXT = Set.of(BeneficiaryProcess.Variables.REQUEST_NUMBER,
			BeneficiaryProcess.Variables.CHANNEL, BeneficiaryProcess.Variables.SUPPORT_TYPE,
			BeneficiaryProcess.Variables.VERIFICATION_OUTCOME, BeneficiaryProcess.Variables.COMMITTEE_DECISION,
			BeneficiaryProcess.Variables.DECLARATION_METHOD, BeneficiaryProcess.Variables.NOTIFICATION_KIND,
			BeneficiaryProcess.Variables.DUPLICATE_OF, BeneficiaryProcess.Variables.ROW_CASE_NUMBER,
			// the data request's own record: what proves it was handled (DESIGN.md); its number is REQUEST_NUMBER
			DataSubjectProcess.Variables.REQUEST_TYPE, DataSubjectProcess.Variables.REQUEST_TYPE_NAME,
			DataSubjectProcess.Variables.DATA_REQUEST_DECISION, DataSubjectProcess.Variables.VERIFICATION_METHOD,
			SUBJECT_HASH);

	/** Always erased whatever their type, however a form stores them. */
	private static final Set<String> ALWAYS_ERASED = Set.of(NATIONAL_ID, BeneficiaryProcess.Variables.MOBILE,
			BeneficiaryProcess.Variables.EMAIL, BeneficiaryProcess.Variables.APPLICANT_NAME,
			BeneficiaryProcess.Variables.BENEFICIARY_FILE_NUMBER, BeneficiaryProcess.Variables.ROW_CASE_TITLE);

	/** Never shown in a person's file: a secret that opens the survey, and copies kept for Tasklist's rows. */
	static final Set<String> HIDDEN = Set.of(BeneficiaryProcess.Variables.SURVEY_TOKEN,
			BeneficiaryProcess.Variables.NOTIFICATION_KIND, BeneficiaryProcess.Variables.ROW_CASE_NUMBER,
			BeneficiaryProcess.Variables.ROW_CASE_TITLE, DataSubjectProcess.Variables.REQUEST_TYPE_NAME);

	/** What a person's file shows of a data request: its number, type, due date, decision and the decision's reason. */
	static final Set<String> DATA_REQUEST_RECORD = Set.of(DataSubjectProcess.Variables.REQUEST_NUMBER,
			DataSubjectProcess.Variables.REQUEST_TYPE, DataSubjectProcess.Variables.DATA_REQUEST_DUE,
			DataSubjectProcess.Variables.DATA_REQUEST_DECISION, DataSubjectProcess.Variables.DECISION_REASON);

	/** The Arabic words for a data request's decision. */
	private static final Map<String, String> DECISIONS = Map.of(DataSubjectProcess.Decision.FULFIL.name(), "التنفيذ",
			DataSubjectProcess.Decision.EXTEND.name(), "تمديد مدة الرد", DataSubjectProcess.Decision.REFUSE.name(),
			"الرفض");

	/** The survey answer, shown as a section of its own. */
	static final Set<String> SURVEY = Set.of(BeneficiaryProcess.Variables.SURVEY_SCORE,
			BeneficiaryProcess.Variables.SURVEY_COMMENT);

	private static final Map<String, String> ARABIC = new LinkedHashMap<>();

	static {
		ARABIC.putAll(BeneficiaryProcess.LABELS);
		// the data request's own names; its decision's reason shares the support request's name and label
		ARABIC.put(DataSubjectProcess.Variables.DETAILS, "تفاصيل الطلب");
		ARABIC.put(DataSubjectProcess.Variables.REQUEST_TYPE, "نوع الطلب");
		ARABIC.put(DataSubjectProcess.Variables.IDENTITY_VERIFIED, "تم التحقق من الهوية");
		ARABIC.put(DataSubjectProcess.Variables.VERIFICATION_METHOD, "طريقة التحقق من الهوية");
		ARABIC.put(DataSubjectProcess.Variables.DATA_REQUEST_DECISION, "القرار");
		ARABIC.put(DataSubjectProcess.Variables.DATA_REQUEST_DUE, "موعد الرد على الطلب");
		ARABIC.put(DataSubjectProcess.Variables.EXTENSION_USED, "مُدّت مدة الرد");
		ARABIC.put(DataSubjectProcess.Variables.EXTENSION_REASON, "سبب التمديد");
		ARABIC.put(DataSubjectProcess.Variables.EXPORT_READY, "رُوجعت البيانات المجمّعة");
		ARABIC.put(DataSubjectProcess.Variables.ERASURE_CONFIRMED, "تأكيد الإتلاف");
		ARABIC.put(DataSubjectProcess.Variables.FULFILMENT_NOTES, "ملاحظات التنفيذ");
		ARABIC.put(DataSubjectProcess.Variables.CORRECTION_CASE_NUMBER, "رقم الطلب المصحَّح");
		ARABIC.put(DataSubjectProcess.Variables.CORRECTION_FIELD, "الحقل المصحَّح");
		ARABIC.put(DataSubjectProcess.Variables.CORRECTION_VALUE, "القيمة الصحيحة");
		ARABIC.put(DataSubjectProcess.Variables.CORRECTION_OUTCOME, "نتيجة التصحيح");
		ARABIC.put(DataSubjectProcess.Variables.DEADLINE_MISSED, "تأخر الرد عن موعده");
		ARABIC.put(SUBJECT_HASH, "رمز مشفّر لرقم الهوية يربط طلباتك");
	}

	private SubjectVariables() {
	}

	/** The Arabic name of a variable; one not listed keeps its own name. */
	static String label(String variable) {
		return ARABIC.getOrDefault(variable, variable);
	}

	/**
	 * Whether a support request's variable belongs in the person's file: the ones with an Arabic name; not a secret, a
	 * copy kept for Tasklist's rows, or the application's own bookkeeping that has no name a person could read.
	 */
	static boolean shownToThePerson(String variable) {
		return ARABIC.containsKey(variable) && !HIDDEN.contains(variable) && !SUBJECT_HASH.equals(variable);
	}

	/** A data request's closed-list value (type, decision) in Arabic; any other value as it is. */
	static String choiceName(String variable, String value) {
		if (DataSubjectProcess.Variables.REQUEST_TYPE.equals(variable)) {
			try {
				return DataSubjectProcess.RequestType.valueOf(value).arabicName();
			}
			catch (IllegalArgumentException unknown) {
				return value;
			}
		}
		if (DataSubjectProcess.Variables.DATA_REQUEST_DECISION.equals(variable)) {
			return DECISIONS.getOrDefault(value, value);
		}
		return value;
	}

	/** Where the variable comes in a section: known ones in the order above, the rest after them. */
	static int order(String variable) {
		int index = 0;
		for (String known : ARABIC.keySet()) {
			if (known.equals(variable)) {
				return index;
			}
			index++;
		}
		return Integer.MAX_VALUE;
	}

	/**
	 * Whether an erasure removes this variable: the person's identifiers always; other text unless it is one of the
	 * values that identify nobody; numbers, dates and switches never (the survey score and the figures need them).
	 */
	static boolean erased(String name, String type) {
		if (ALWAYS_ERASED.contains(name)) {
			return true;
		}
		if (type != null && PLAIN_TYPES.contains(type)) {
			return false;
		}
		return !KEPT_TEXT.contains(name);
	}

}
