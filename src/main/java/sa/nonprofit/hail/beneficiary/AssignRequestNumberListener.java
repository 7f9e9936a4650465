package sa.nonprofit.hail.beneficiary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.system.CaseNumbers;

/** Gives a request started in Tasklist its number, which is also the business key; the portal brings its own. */
@Component("assignRequestNumber")
class AssignRequestNumberListener implements ExecutionListener {

	private final CaseNumbers numbers;

	AssignRequestNumberListener(CaseNumbers numbers) {
		this.numbers = numbers;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String number = execution.getProcessBusinessKey();
		if (number == null || number.isBlank()) {
			number = this.numbers.next(BeneficiaryProcess.NUMBER_PREFIX);
			execution.setProcessBusinessKey(number);
		}
		execution.setVariable(Variables.REQUEST_NUMBER, number);
	}

}
