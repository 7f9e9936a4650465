package sa.nonprofit.hail.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import sa.nonprofit.hail.system.FieldProblem;
import sa.nonprofit.hail.system.InputValidation;

class ApplicationValidatorTest {

	private final ApplicationValidator validator = new ApplicationValidator(
			new InputValidation(Validation.buildDefaultValidatorFactory().getValidator()));

	@Test
	void aCompleteApplicationIsValidAndNormalised() {
		var result = this.validator.validate(new Application(" نورة ", "١٠٠٠٠٠٠٠٠٨", "0512345678", "", "WEBSITE",
				"AWARENESS", " تفاصيل "));
		assertThat(result.valid()).isTrue();
		assertThat(result.application().nationalId()).isEqualTo("1000000008");
		assertThat(result.application().mobile()).isEqualTo("+966512345678");
		assertThat(result.application().applicantName()).isEqualTo("نورة");
	}

	@Test
	void everyMissingOrWrongFieldIsNamedInArabicAndEnglish() {
		var result = this.validator.validate(new Application("", "1000000009", "12", "not-an-email", "FAX", null, ""));
		assertThat(result.problems()).extracting(FieldProblem::field)
			.containsExactly("applicantName", "nationalId", "mobile", "email", "channel", "supportType", "requestDetails");
		assertThat(result.problems()).allSatisfy(problem -> {
			assertThat(problem.arabic()).matches(".*[\\u0600-\\u06FF].*");
			assertThat(problem.english()).matches(".*[A-Za-z].*");
		});
		assertThat(result.arabicSummary()).startsWith("• اكتب الاسم الرباعي");
	}

	@Test
	void overlongTextIsRefused() {
		var result = this.validator.validate(new Application("ن".repeat(151), "1000000008", "0512345678", null,
				"PHONE", "OTHER", "x".repeat(4001)));
		assertThat(result.problems()).extracting(FieldProblem::field)
			.containsExactly("applicantName", "requestDetails");
	}

}
