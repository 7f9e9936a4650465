package sa.nonprofit.hail.privacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ForgetRequester: after a destruction was carried out and the person told, the request forgets the requester
 * too, keeping what proves it was handled ({@link SubjectErasure#forgetRequester}).
 */
@Component("forgetRequester")
class ForgetRequesterDelegate implements JavaDelegate {

	private final SubjectErasure erasure;

	ForgetRequesterDelegate(SubjectErasure erasure) {
		this.erasure = erasure;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.erasure.forgetRequester(execution.getProcessInstanceId());
	}

}
