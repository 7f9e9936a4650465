package sa.nonprofit.hail.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The name of one constant of a closed list (an enum), as forms and pages send it. Blank passes: pair it with
 * {@code @NotBlank} where a choice is required.
 */
@Documented
@Constraint(validatedBy = OneOf.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

	/** The closed list. */
	Class<? extends Enum<?>> value();

	String message() default "{OneOf}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Compares with the constants' names, exactly. */
	class Check implements ConstraintValidator<OneOf, String> {

		private Enum<?>[] constants;

		@Override
		public void initialize(OneOf annotation) {
			this.constants = annotation.value().getEnumConstants();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank()
					|| Arrays.stream(this.constants).anyMatch(constant -> constant.name().equals(value));
		}

	}

}
