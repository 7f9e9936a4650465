package sa.nonprofit.hail.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Checks input with Bean Validation and names every problem by field in Arabic and English: each constraint's message
 * is a key of {@code ValidationMessages} (English) and {@code ValidationMessages_ar}. Problems come in the order of
 * the record's components, so an answer reads like the form.
 */
@Component
public class InputValidation {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final Validator validator;

	public InputValidation(Validator validator) {
		this.validator = validator;
	}

	/** Every problem of the input, empty when it is valid. */
	public List<FieldProblem> problems(Record input) {
		List<String> order = Arrays.stream(input.getClass().getRecordComponents()).map(c -> c.getName()).toList();
		List<FieldProblem> problems = new ArrayList<>();
		for (ConstraintViolation<Record> violation : this.validator.validate(input)) {
			String key = violation.getMessageTemplate().replaceAll("^\\{|}$", "");
			problems.add(new FieldProblem(violation.getPropertyPath().toString(), message(key, "ar"),
					message(key, "")));
		}
		problems.sort(Comparator.comparing((FieldProblem problem) -> order.indexOf(problem.field()))
			.thenComparing(FieldProblem::english));
		return problems;
	}

	/** Refuses the input with all its problems, or lets it pass. */
	public void require(Record input) {
		List<FieldProblem> problems = problems(input);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static String message(String key, String language) {
		try {
			return ResourceBundle.getBundle("ValidationMessages", Locale.forLanguageTag(language), NO_FALLBACK)
				.getString(key);
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException("No " + (language.isEmpty() ? "English" : language)
					+ " message for constraint key " + key, ex);
		}
	}

}
