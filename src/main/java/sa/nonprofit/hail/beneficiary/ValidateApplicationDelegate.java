package sa.nonprofit.hail.beneficiary;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;

/** Task_ValidateApplication: normalises and checks the application, and flags other open requests of the applicant. */
@Component("validateApplication")
class ValidateApplicationDelegate implements JavaDelegate {

	private final ApplicationValidator validator;

	private final DuplicateRequests duplicates;

	ValidateApplicationDelegate(ApplicationValidator validator, DuplicateRequests duplicates) {
		this.validator = validator;
		this.duplicates = duplicates;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ApplicationValidator.Result result = this.validator.validate(Application.from(execution));
		execution.setVariables(result.application().asVariables());
		execution.setVariable(Variables.APPLICATION_VALID, result.valid());
		execution.setVariable(Variables.VALIDATION_ERRORS, result.arabicSummary());

		List<String> others = this.duplicates.openRequestsFor(result.application().nationalId(),
				execution.getProcessInstanceId());
		execution.setVariable(Variables.DUPLICATE_OF, String.join(", ", others));
		execution.setVariable(Variables.DUPLICATE_WARNING, others.isEmpty() ? ""
				: "تنبيه: لدى صاحب هذه الهوية طلب مفتوح آخر: " + String.join("، ", others)
						+ ". تحقق قبل المتابعة ولا تدمج الطلبين دون موافقة المتقدم.");
	}

}
