package sa.nonprofit.hail.beneficiary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import sa.nonprofit.hail.system.FieldProblem;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/** Completeness and validity of an application (policy §7: the data is complete and valid at submission). */
@Service
public class ApplicationValidator {

	static final int MAX_NAME = 150;

	static final int MAX_DETAILS = 4000;

	/** The application with identifiers normalised, and what is wrong with it (empty when valid). */
	public record Result(Application application, List<FieldProblem> problems) {

		public boolean valid() {
			return this.problems.isEmpty();
		}

		/** The problems as an Arabic list for the staff member who asks the applicant. */
		public String arabicSummary() {
			return String.join("\n", this.problems.stream().map(problem -> "• " + problem.arabic()).toList());
		}

	}

	public Result validate(Application input) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = input.applicantName() == null ? "" : input.applicantName().strip();
		if (name.isEmpty()) {
			problems.add(new FieldProblem("applicantName", "اسم المتقدم مطلوب", "The applicant's name is required"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new FieldProblem("applicantName", "اسم المتقدم أطول من المسموح", "The applicant's name is too long"));
		}

		String nationalId = SaudiIdentifiers.normaliseDigits(input.nationalId());
		if (nationalId.isEmpty()) {
			problems.add(new FieldProblem("nationalId", "رقم الهوية الوطنية أو الإقامة مطلوب", "The national ID or iqama number is required"));
		}
		else if (!SaudiIdentifiers.isValidNationalId(nationalId)) {
			problems.add(new FieldProblem("nationalId",
					"رقم الهوية الوطنية أو الإقامة غير صحيح: عشرة أرقام تبدأ بـ ١ أو ٢ برقم تحقق صحيح",
					"The national ID or iqama number is invalid: ten digits starting with 1 or 2, with a valid check digit"));
		}

		String mobile = input.mobile() == null ? "" : input.mobile();
		Optional<String> normalisedMobile = SaudiIdentifiers.normaliseMobile(mobile);
		if (mobile.isBlank()) {
			problems.add(new FieldProblem("mobile", "رقم الجوال مطلوب", "The mobile number is required"));
		}
		else if (normalisedMobile.isEmpty()) {
			problems.add(new FieldProblem("mobile", "رقم الجوال غير صحيح: رقم سعودي يبدأ بـ ٠٥",
					"The mobile number is invalid: a Saudi number starting with 05"));
		}

		String email = input.email() == null ? "" : input.email().strip();
		if (!email.isEmpty() && !SaudiIdentifiers.isEmailAddress(email)) {
			problems.add(new FieldProblem("email", "البريد الإلكتروني غير صحيح أو أطول من ٢٠٠ حرف",
					"The e-mail address is invalid or longer than 200 characters"));
		}

		if (!isOneOf(input.channel(), Channel.values())) {
			problems.add(new FieldProblem("channel", "قناة التواصل مطلوبة ويجب أن تكون من القنوات المعتمدة",
					"The channel is required and must be one of the association's channels"));
		}
		if (!isOneOf(input.supportType(), SupportType.values())) {
			problems.add(new FieldProblem("supportType", "نوع الدعم المطلوب غير محدد", "The type of support is missing or unknown"));
		}

		String details = input.requestDetails() == null ? "" : input.requestDetails().strip();
		if (details.isEmpty()) {
			problems.add(new FieldProblem("requestDetails", "تفاصيل الطلب مطلوبة", "The request details are required"));
		}
		else if (details.length() > MAX_DETAILS) {
			problems.add(new FieldProblem("requestDetails", "تفاصيل الطلب أطول من المسموح", "The request details are too long"));
		}

		Application normalised = new Application(name, nationalId, normalisedMobile.orElse(mobile.strip()), email,
				input.channel(), input.supportType(), details);
		return new Result(normalised, List.copyOf(problems));
	}

	private static boolean isOneOf(String value, Enum<?>[] allowed) {
		return value != null && Arrays.stream(allowed).anyMatch(option -> option.name().equals(value));
	}

}
