package sa.nonprofit.hail.privacy;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.system.Refusal;

/**
 * Task_EraseSubjectData: erases the requester's personal data everywhere ({@link SubjectErasure}). A legal hold
 * refuses it: that becomes the BPMN error {@code Error_LegalHold}, and the hold's reason the refusal's reason.
 */
@Component("eraseSubjectData")
class EraseSubjectDataDelegate implements JavaDelegate {

	private final ObjectProvider<SubjectErasure> erasure;

	EraseSubjectDataDelegate(ObjectProvider<SubjectErasure> erasure) {
		this.erasure = erasure;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			this.erasure.getObject().erase((String) execution.getVariable(Variables.NATIONAL_ID),
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
