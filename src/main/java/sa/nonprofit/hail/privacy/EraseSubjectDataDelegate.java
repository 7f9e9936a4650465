package sa.nonprofit.hail.privacy;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.system.Refusal;

/**
 * Task_EraseSubjectData: erases the requester's personal data everywhere ({@link SubjectErasure}). The erasure refuses
 * while a legal hold stands or one of the person's support requests is still open: either refusal becomes the BPMN
 * error {@code Error_LegalHold}, and its Arabic words the reason the person is told.
 */
@Component("eraseSubjectData")
class EraseSubjectDataDelegate implements JavaDelegate {

	private final SubjectErasure erasure;

	EraseSubjectDataDelegate(SubjectErasure erasure) {
		this.erasure = erasure;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			this.erasure.erase((String) execution.getVariable(Variables.NATIONAL_ID),
					execution.getProcessInstanceId());
		}
		catch (Refusal refusal) {
			if (refusal.reason() != Refusal.Reason.CONFLICT) {
				throw refusal;
			}
			execution.setVariable(Variables.DECISION_REASON, refusal.arabic());
			throw new BpmnError(DataSubjectProcess.ERROR_LEGAL_HOLD, refusal.english());
		}
	}

}
