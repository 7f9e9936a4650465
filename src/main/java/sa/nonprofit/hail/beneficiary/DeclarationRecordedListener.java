package sa.nonprofit.hail.beneficiary;

import java.time.Clock;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;

/**
 * Task_RecordDeclaration cannot complete without the applicant's signed declaration (policy §7: the applicant signs
 * that the data is correct and answers for it); the moment of signing defaults to now on the engine's clock (this runs
 * inside process execution), in the application's zone.
 */
@Component("declarationRecorded")
class DeclarationRecordedListener implements TaskListener {

	static final Set<String> METHODS = Set.of("HANDWRITTEN_SIGNATURE", "ELECTRONIC_SIGNATURE", "PORTAL_CONFIRMATION");

	private final Clock clock;

	DeclarationRecordedListener(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!Boolean.TRUE.equals(task.getVariable(Variables.DECLARATION_SIGNED))) {
			throw new ProcessEngineException(
					"لا يمكن المتابعة دون إقرار المتقدم الموقّع بصحة البيانات — the applicant's signed declaration is required");
		}
		Object method = task.getVariable(Variables.DECLARATION_METHOD);
		if (method == null || !METHODS.contains(method.toString())) {
			throw new ProcessEngineException("طريقة التوقيع غير محددة — the declaration method is required");
		}
		Object signedAt = task.getVariable(Variables.DECLARATION_SIGNED_AT);
		if (signedAt == null || signedAt.toString().isBlank()) {
			task.setVariable(Variables.DECLARATION_SIGNED_AT, ClockUtil.getCurrentTime()
				.toInstant()
				.atZone(this.clock.getZone())
				.toOffsetDateTime()
				.toString());
		}
	}

}
