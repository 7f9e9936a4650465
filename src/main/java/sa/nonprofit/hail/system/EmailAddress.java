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

/** An e-mail address of at most 200 characters. Blank passes: pair it with @NotBlank where it is required. */
@Documented
@Constraint(validatedBy = EmailAddress.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

	String message() default "{EmailAddress}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check itself, in {@link SaudiIdentifiers}. */
	class Check implements ConstraintValidator<EmailAddress, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || SaudiIdentifiers.isEmailAddress(value.strip());
		}

	}

}
