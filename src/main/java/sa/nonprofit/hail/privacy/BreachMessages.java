package sa.nonprofit.hail.privacy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.privacy.DataBreachProcess.Variables;
import sa.nonprofit.hail.system.OrganizationProperties;

/**
 * The texts of a breach: the content the notice to the authority must hold (PDPL IR Art. 24) for the officer to copy,
 * and the message to the people affected, prefilled from its template for the officer to finish and review.
 */
@Component
class BreachMessages {

	/** The bracketed prompt the officer replaces with what happened: a message still holding it is not sent. */
	static final String TO_FILL = "[اكتب هنا بكلمات واضحة ما حدث]";

	static final int MAX_MESSAGE = 2000;

	private final OrganizationProperties organization;

	private final ZoneId zone;

	BreachMessages(OrganizationProperties organization, Clock clock) {
		this.organization = organization;
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

	String subjectTemplate(VariableScope breach) {
		return String.join("\n",
				"نُبلغك بأن " + this.organization.name() + " علمت في " + shown(breach, Variables.AWARE_AT)
						+ " بحادثة تسرّب بيانات شخصية قد تخصّك.",
				"ما حدث: " + TO_FILL,
				"البيانات المتأثرة: " + BreachText.of(breach, Variables.DATA_CATEGORIES),
				"ما فعلناه: " + BreachText.of(breach, Variables.MEASURES),
				"لتقليل الضرر: لا تشارك رمز التحقق أو كلمة المرور مع أحد، واحذر الرسائل والمكالمات التي تطلب بياناتك "
						+ "أو تدّعي أنها من الجمعية، وغيّر كلمة المرور إن استخدمتها في مكان آخر.",
				"للاستفسار: مسؤول حماية البيانات الشخصية، " + contact() + ".");
	}

	private String contact() {
		return this.organization.email() + "، " + this.organization.phone();
	}

	private String shown(VariableScope breach, String name) {
		Object value = breach.getVariable(name);
		return value instanceof Date date ? BreachTimes.shown(date, this.zone) : "";
	}

}
