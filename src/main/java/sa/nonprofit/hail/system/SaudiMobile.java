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

/** A Saudi mobile number in any usual writing (05..., +9665..., 009665..., Arabic-Indic digits). Blank passes: pair it with @NotBlank where it is required. */
@Documented
@Constraint(validatedBy = SaudiMobile.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface SaudiMobile {

	String message() default "{SaudiMobile}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check itself, in {@link SaudiIdentifiers}. */
	class Check implements ConstraintValidator<SaudiMobile, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || SaudiIdentifiers.normaliseMobile(value).isPresent();
		}

	}

}
