package sa.nonprofit.hail.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A Saudi national ID or iqama number: ten digits (Arabic-Indic digits too) starting with 1 or 2, with a valid check digit. Blank passes: pair it with @NotBlank where it is required. */
@Documented
@Constraint(validatedBy = SaudiNationalId.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface SaudiNationalId {

	String message() default "{SaudiNationalId}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check itself, in {@link SaudiIdentifiers}. */
	class Check implements ConstraintValidator<SaudiNationalId, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || SaudiIdentifiers.isValidNationalId(SaudiIdentifiers.normaliseDigits(value));
		}

	}

}
