package sa.nonprofit.hail.casefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.beneficiary.Channel;
import sa.nonprofit.hail.beneficiary.SupportType;
import sa.nonprofit.hail.whistleblowing.AccusedRole;
import sa.nonprofit.hail.whistleblowing.ReportCategory;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/** The Arabic names of the case data staff read, in the order the case page shows them; the rest keep their names. */
final class CaseLabels {

	private CaseLabels() {
	}

	/** Never shown: a secret that opens the applicant's survey, and a notification task's own switch. */
	static final Set<String> HIDDEN = Set.copyOf(List.of(BeneficiaryProcess.Variables.SURVEY_TOKEN,
			BeneficiaryProcess.Variables.NOTIFICATION_KIND, WhistleblowerProcess.Variables.NOTIFICATION_KIND,
			// copies for Tasklist's rows, not data of their own
			BeneficiaryProcess.Variables.ROW_CASE_NUMBER, BeneficiaryProcess.Variables.ROW_CASE_TITLE,
			WhistleblowerProcess.Variables.ROW_CASE_NUMBER, WhistleblowerProcess.Variables.ROW_CASE_TITLE,
			WhistleblowerProcess.Variables.CATEGORY_NAME,
			// group ids: the case page shows their Arabic names (informedGroupNames)
			WhistleblowerProcess.Variables.INFORMED_GROUPS));

	private static final Map<String, String> ARABIC = new LinkedHashMap<>();

	static {
		ARABIC.putAll(BeneficiaryProcess.LABELS);
		ARABIC.put(WhistleblowerProcess.Variables.REPORT_NUMBER, "رقم البلاغ");
		ARABIC.put(WhistleblowerProcess.Variables.CATEGORY, "نوع المخالفة");
		ARABIC.put(WhistleblowerProcess.Variables.DESCRIPTION, "وصف البلاغ");
		ARABIC.put(WhistleblowerProcess.Variables.ACCUSED_ROLE, "صفة المُبلَّغ عنه");
		ARABIC.put(WhistleblowerProcess.Variables.ATTACHMENT_COUNT, "عدد المرفقات");
		ARABIC.put(WhistleblowerProcess.Variables.ACKNOWLEDGEMENT_METHOD, "طريقة إشعار المبلّغ بالاستلام");
		ARABIC.put(WhistleblowerProcess.Variables.LEADERSHIP_BRIEFING, "إحاطة القيادة");
		ARABIC.put(WhistleblowerProcess.Variables.REVIEW_OUTCOME, "نتيجة المراجعة الأولية");
		ARABIC.put(WhistleblowerProcess.Variables.REVIEW_NOTES, "ملاحظات المراجعة");
		ARABIC.put(WhistleblowerProcess.Variables.COMMITTEE_FINDINGS, "نتائج التحقيق");
		ARABIC.put(WhistleblowerProcess.Variables.COMMITTEE_RECOMMENDATION, "توصية اللجنة");
		ARABIC.put(WhistleblowerProcess.Variables.CHAIR_DECISION, "قرار رئيس المجلس");
		ARABIC.put(WhistleblowerProcess.Variables.CHAIR_COMMENTS, "ملاحظات رئيس المجلس");
		ARABIC.put(WhistleblowerProcess.Variables.DISCIPLINARY_MEASURES, "الإجراءات التأديبية");
		ARABIC.put(WhistleblowerProcess.Variables.REPORTER_FEEDBACK, "الإفادة للمبلّغ");
		ARABIC.put(WhistleblowerProcess.Variables.NEW_EVIDENCE, "معلومات جديدة من المبلّغ");
		ARABIC.put(WhistleblowerProcess.Variables.MISSED_DEADLINE, "الموعد الفائت");
		ARABIC.put(WhistleblowerProcess.Variables.ACKNOWLEDGEMENT_DUE, "موعد الإشعار بالاستلام");
		ARABIC.put(WhistleblowerProcess.Variables.LEADERSHIP_DUE, "موعد إحاطة القيادة");
		ARABIC.put(WhistleblowerProcess.Variables.INVESTIGATION_DUE, "موعد انتهاء التحقيق");
		ARABIC.put(WhistleblowerProcess.Variables.EVIDENCE_WINDOW_END, "نهاية مهلة الأدلة الجديدة");
		ARABIC.put(WhistleblowerProcess.Variables.AUDITOR_GROUP, "جهة المراجعة");
		ARABIC.put(WhistleblowerProcess.Variables.INVESTIGATOR_GROUP, "جهة التحقيق");
		ARABIC.put(WhistleblowerProcess.Variables.APPROVER_GROUP, "جهة الاعتماد");
		ARABIC.put(WhistleblowerProcess.Variables.DISCIPLINARY_GROUP, "جهة الإجراء التأديبي");
		ARABIC.put(WhistleblowerProcess.Variables.ESCALATION_GROUP, "جهة التصعيد");
		ARABIC.put(WhistleblowerProcess.Variables.INFORMED_GROUP_NAMES, "الجهات المُحاطة");
		ARABIC.put(WhistleblowerProcess.Variables.DIRECTOR_ACCUSED, "البلاغ يخص المسؤول التنفيذي");
		ARABIC.put(WhistleblowerProcess.Variables.CHANNEL, "قناة الورود");
	}

	/** Arabic for the values staff choose from a list in the forms (the rest are shown as stored). */
	private static final Map<String, String> CHOSEN = new LinkedHashMap<>();

	static {
		for (WhistleblowerProcess.Channel channel : WhistleblowerProcess.Channel.values()) {
			put(channel, channel.arabicName());
		}
		put(WhistleblowerProcess.AcknowledgementMethod.PHONE, "هاتف");
		put(WhistleblowerProcess.AcknowledgementMethod.LETTER, "خطاب");
		put(WhistleblowerProcess.AcknowledgementMethod.EMAIL, "بريد إلكتروني");
		put(WhistleblowerProcess.AcknowledgementMethod.IN_PERSON, "حضوريًا");
		put(WhistleblowerProcess.AcknowledgementMethod.NOT_REACHABLE, "تعذّر التواصل");
		put(WhistleblowerProcess.ReviewOutcome.UNJUSTIFIED, "غير مبرر");
		put(WhistleblowerProcess.ReviewOutcome.RESOLVED_WITHOUT_INVESTIGATION, "عولج دون تحقيق");
		put(WhistleblowerProcess.ReviewOutcome.INVESTIGATE, "إحالة إلى التحقيق");
		put(WhistleblowerProcess.ChairDecision.APPROVED, "اعتماد توصية اللجنة");
		put(WhistleblowerProcess.ChairDecision.RETURNED, "إعادة إلى اللجنة");
		put(BeneficiaryProcess.VerificationOutcome.VERIFIED, "مطابق");
		put(BeneficiaryProcess.VerificationOutcome.NEEDS_CLARIFICATION, "يحتاج إيضاحًا من البحث الاجتماعي");
		put(BeneficiaryProcess.VerificationOutcome.INCOMPLETE, "ناقص");
		put(BeneficiaryProcess.CommitteeDecision.ACCEPTED, "مقبول");
		put(BeneficiaryProcess.CommitteeDecision.REJECTED, "مرفوض");
		put(BeneficiaryProcess.DeclarationMethod.HANDWRITTEN_SIGNATURE, "توقيع بخط اليد");
		put(BeneficiaryProcess.DeclarationMethod.ELECTRONIC_SIGNATURE, "توقيع إلكتروني");
		put(BeneficiaryProcess.DeclarationMethod.PORTAL_CONFIRMATION, "تأكيد عبر البوابة");
		// both procedures name their list Channel; a support request's channels keep their own Arabic names
		for (Channel channel : Channel.values()) {
			CHOSEN.putIfAbsent(Channel.class.getSimpleName() + "." + channel.name(), channel.arabicName());
		}
	}

	private static void put(Enum<?> value, String arabic) {
		CHOSEN.put(value.getClass().getSimpleName() + "." + value.name(), arabic);
	}

	static String of(String variable) {
		return ARABIC.getOrDefault(variable, variable);
	}

	/** Where the variable comes in the summary: known ones in the order above, the rest after them. */
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

	/** The Arabic name of a value chosen from a list, where the list has one. */
	static String value(String variable, String value) {
		try {
			if (WhistleblowerProcess.Variables.CATEGORY.equals(variable)) {
				return ReportCategory.valueOf(value).arabicName();
			}
			if (BeneficiaryProcess.Variables.SUPPORT_TYPE.equals(variable)) {
				return SupportType.valueOf(value).arabicName();
			}
			if (WhistleblowerProcess.Variables.ACCUSED_ROLE.equals(variable)) {
				return AccusedRole.valueOf(value).arabicName();
			}
			Class<? extends Enum<?>> list = WhistleblowerProcess.CHOICES.containsKey(variable)
					? WhistleblowerProcess.CHOICES.get(variable) : BeneficiaryProcess.CHOICES.get(variable);
			if (list != null) {
				return CHOSEN.getOrDefault(list.getSimpleName() + "." + value, value);
			}
		}
		catch (IllegalArgumentException notInList) {
			// shown as stored
		}
		return value;
	}

}
