package sa.nonprofit.hail.beneficiary;

import java.util.List;

import org.springframework.stereotype.Service;

import sa.nonprofit.hail.system.FieldProblem;
import sa.nonprofit.hail.system.InputValidation;
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

	private final InputValidation validation;

	ApplicationValidator(InputValidation validation) {
		this.validation = validation;
	}

	/** Normalises the identifiers (digits, spaces, the mobile's usual writings) and checks what is left. */
	public Result validate(Application input) {
		String mobile = strip(input.mobile());
		Application normalised = new Application(strip(input.applicantName()),
				SaudiIdentifiers.normaliseDigits(input.nationalId()),
				SaudiIdentifiers.normaliseMobile(mobile).orElse(mobile), strip(input.email()), input.channel(),
				input.supportType(), strip(input.requestDetails()));
		return new Result(normalised, this.validation.problems(normalised));
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

}
