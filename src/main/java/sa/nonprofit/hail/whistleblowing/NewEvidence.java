package sa.nonprofit.hail.whistleblowing;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/** New evidence from a reporter: on a report closed as unjustified it reopens the preliminary review. */
@Service
public class NewEvidence {

	private final RuntimeService runtime;

	NewEvidence(RuntimeService runtime) {
		this.runtime = runtime;
	}

	/** @return true when the evidence reopened a report closed as unjustified */
	public boolean submit(String reportNumber, String evidence) {
		boolean waiting = this.runtime.createExecutionQuery()
			.processInstanceBusinessKey(reportNumber)
			.messageEventSubscriptionName(WhistleblowerProcess.MSG_NEW_EVIDENCE)
			.count() > 0;
		if (!waiting) {
			return false;
		}
		MessageCorrelationResult result = this.runtime.createMessageCorrelation(WhistleblowerProcess.MSG_NEW_EVIDENCE)
			.processInstanceBusinessKey(reportNumber)
			.setVariable(Variables.NEW_EVIDENCE, evidence)
			.correlateWithResult();
		return result != null;
	}

}
