package sa.nonprofit.hail.beneficiary;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;

/** What the applicant gave: the core variables of DESIGN.md. */
public record Application(String applicantName, String nationalId, String mobile, String email, String channel,
		String supportType, String requestDetails) {

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
