package sa.nonprofit.hail.beneficiary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.delegate.VariableScope;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.system.EmailAddress;
import sa.nonprofit.hail.system.OneOf;
import sa.nonprofit.hail.system.SaudiMobile;
import sa.nonprofit.hail.system.SaudiNationalId;

/**
 * What the applicant gave: the core variables of DESIGN.md, with the rules of policy §7 (complete and valid at
 * submission), checked on the normalised values by {@link ApplicationValidator}.
 */
public record Application(
		@NotBlank(message = "{application.applicantName.required}")
		@Size(max = ApplicationValidator.MAX_NAME, message = "{application.applicantName.tooLong}") String applicantName,
		@NotBlank(message = "{application.nationalId.required}") @SaudiNationalId String nationalId,
		@NotBlank(message = "{application.mobile.required}") @SaudiMobile String mobile,
		@EmailAddress String email,
		@NotBlank(message = "{application.channel.invalid}")
		@OneOf(value = Channel.class, message = "{application.channel.invalid}") String channel,
		@NotBlank(message = "{application.supportType.invalid}")
		@OneOf(value = SupportType.class, message = "{application.supportType.invalid}") String supportType,
		@NotBlank(message = "{application.requestDetails.required}")
		@Size(max = ApplicationValidator.MAX_DETAILS, message = "{application.requestDetails.tooLong}") String requestDetails) {

	static Application from(VariableScope scope) {
		return new Application(text(scope, Variables.APPLICANT_NAME), text(scope, Variables.NATIONAL_ID),
				text(scope, Variables.MOBILE), text(scope, Variables.EMAIL), text(scope, Variables.CHANNEL),
				text(scope, Variables.SUPPORT_TYPE), text(scope, Variables.REQUEST_DETAILS));
	}

	Map<String, Object> asVariables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(Variables.APPLICANT_NAME, this.applicantName);
		variables.put(Variables.NATIONAL_ID, this.nationalId);
		variables.put(Variables.MOBILE, this.mobile);
		variables.put(Variables.EMAIL, this.email);
		variables.put(Variables.CHANNEL, this.channel);
		variables.put(Variables.SUPPORT_TYPE, this.supportType);
		variables.put(Variables.REQUEST_DETAILS, this.requestDetails);
		return variables;
	}

	private static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? "" : value.toString().strip();
	}

}
