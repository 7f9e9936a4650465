package sa.nonprofit.hail.privacy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.privacy.DataBreachProcess.Variables;
import sa.nonprofit.hail.system.FieldProblem;
import sa.nonprofit.hail.system.OrganizationProperties;

/**
 * The texts of a breach: the content the notice to the authority must hold (PDPL IR Art. 24) for the officer to copy,
 * and the message to the people affected, composed here around the one part the officer writes (what happened, and
 * any extra advice): who we are, what data, what we did, the advice and the officer's contact are the system's.
 */
@Component
class BreachMessages {

	/** Where the officer's account of what happened goes, in the preview shown before it is written. */
	static final String TO_FILL = "[ما تكتبه في خانة «ما حدث» أدناه]";

	static final int MAX_WHAT_HAPPENED = 600;

	static final int MAX_EXTRA_ADVICE = 300;

	private final OrganizationProperties organization;

	private final ProcessingProperties.Officer officer;

	private final ZoneId zone;

	BreachMessages(OrganizationProperties organization, ProcessingProperties processing, Clock clock) {
		this.organization = organization;
		this.officer = processing.officer();
		this.zone = clock.getZone();
	}

	String authorityNotice(VariableScope breach) {
		boolean harm = Boolean.TRUE.equals(breach.getVariable(Variables.HARM_LIKELY));
		return String.join("\n",
				"الجهة: " + this.organization.name() + " (ترخيص رقم " + this.organization.licenceNumber() + ")",
				"رقم الحادثة لدينا: " + BreachText.of(breach, Variables.BREACH_NUMBER),
				"ما حدث: " + BreachText.of(breach, Variables.DESCRIPTION),
				"وقت العلم بالحادثة: " + shown(breach, Variables.AWARE_AT),
				"كيف اكتُشفت: " + BreachText.of(breach, Variables.DISCOVERY),
				"فئات البيانات المتأثرة: " + BreachText.of(breach, Variables.DATA_CATEGORIES),
				"عدد الأشخاص المتأثرين: " + BreachText.of(breach, Variables.PEOPLE_AFFECTED),
				"عدد السجلات المتأثرة: " + BreachText.of(breach, Variables.RECORDS_AFFECTED),
				"المخاطر المحتملة: " + BreachText.of(breach, Variables.RISKS),
				"الإجراءات المتخذة: " + BreachText.of(breach, Variables.MEASURES),
				"إبلاغ أصحاب البيانات: " + (harm ? "سيُبلَّغون برسالة نصية أو بريد إلكتروني دون تأخير"
						: "لا يلزم، لعدم ترجيح الضرر"),
				"للتواصل: مسؤول حماية البيانات الشخصية، " + contact(),
				"الموعد النظامي للإبلاغ: " + shown(breach, Variables.AUTHORITY_DUE));
	}

	/** The message as the officer sees it before writing: the fixed parts, with a place for what happened. */
	String subjectPreview(VariableScope breach) {
		return subjectMessage(breach, TO_FILL, "");
	}

	/** The message as sent: the fixed parts around what the officer wrote, checked by {@link #officerParts}. */
	String subjectMessage(VariableScope breach, String whatHappened, String extraAdvice) {
		return String.join("\n",
				"نُبلغك بأن " + this.organization.name() + " علمت في " + shown(breach, Variables.AWARE_AT)
						+ " بحادثة تسرّب بيانات شخصية قد تخصّك.",
				"ما حدث: " + whatHappened,
				"البيانات المتأثرة: " + BreachText.of(breach, Variables.DATA_CATEGORIES),
				"ما فعلناه: " + BreachText.of(breach, Variables.MEASURES),
				"لتقليل الضرر: لا تشارك رمز التحقق أو كلمة المرور مع أحد، واحذر الرسائل والمكالمات التي تطلب بياناتك "
						+ "أو تدّعي أنها من الجمعية، وغيّر كلمة المرور إن استخدمتها في مكان آخر."
						+ (extraAdvice.isEmpty() ? "" : " " + extraAdvice),
				"للاستفسار: مسؤول حماية البيانات الشخصية، " + contact() + ".");
	}

	/**
	 * What is wrong with the parts the officer wrote that go out to the people affected: what happened (required) and
	 * extra advice (optional), each limited in length, and neither, nor the data categories and measures from the
	 * assessment, holding a link, a domain, a phone number or an e-mail address.
	 */
	static List<FieldProblem> officerParts(VariableScope breach) {
		List<FieldProblem> problems = new ArrayList<>();
		String what = BreachText.of(breach, Variables.SUBJECT_WHAT_HAPPENED);
		if (what.isEmpty() || what.length() > MAX_WHAT_HAPPENED || BreachOfficerText.reachesElsewhere(what)) {
			problems.add(new FieldProblem(Variables.SUBJECT_WHAT_HAPPENED,
					"اكتب ما حدث بكلمات واضحة (حتى ٦٠٠ حرف) بلا روابط ولا أسماء مواقع ولا أرقام هواتف ولا بريد إلكتروني: "
							+ "وسيلة التواصل الوحيدة في الرسالة هي وسيلة مسؤول حماية البيانات، ويضيفها النظام",
					"Say what happened in plain words (up to 600 characters), with no link, website, phone number or "
							+ "e-mail: the only contact in the message is the officer's, which the system adds"));
		}
		String advice = BreachText.of(breach, Variables.SUBJECT_EXTRA_ADVICE);
		if (advice.length() > MAX_EXTRA_ADVICE || BreachOfficerText.reachesElsewhere(advice)) {
			problems.add(new FieldProblem(Variables.SUBJECT_EXTRA_ADVICE,
					"النصيحة الإضافية حتى ٣٠٠ حرف، بلا روابط ولا أسماء مواقع ولا أرقام هواتف ولا بريد إلكتروني",
					"Extra advice: up to 300 characters, with no link, website, phone number or e-mail"));
		}
		problems.addAll(assessedParts(breach));
		return problems;
	}

	/** The assessment's data categories and measures, which the message quotes: no link or contact either. */
	static List<FieldProblem> assessedParts(VariableScope breach) {
		List<FieldProblem> problems = new ArrayList<>();
		for (String name : List.of(Variables.DATA_CATEGORIES, Variables.MEASURES)) {
			if (BreachOfficerText.reachesElsewhere(BreachText.of(breach, name))) {
				problems.add(new FieldProblem(name,
						"فئات البيانات والإجراءات المتخذة تُنقل إلى المتأثرين: اكتبها بلا روابط ولا أسماء مواقع ولا أرقام "
								+ "هواتف ولا بريد إلكتروني",
						"The data categories and the measures go to the people affected: no link, website, phone "
								+ "number or e-mail in them"));
			}
		}
		return problems;
	}

	/** The officer's own contact (app.privacy.processing.officer), as the privacy notice gives it. */
	private String contact() {
		String phone = this.officer.phone() == null || this.officer.phone().isBlank() ? this.organization.phone()
				: this.officer.phone();
		return this.officer.email() + "، " + phone;
	}

	private String shown(VariableScope breach, String name) {
		Object value = breach.getVariable(name);
		return value instanceof Date date ? BreachTimes.shown(date, this.zone) : "";
	}

}
