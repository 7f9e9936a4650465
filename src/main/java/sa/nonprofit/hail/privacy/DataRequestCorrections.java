package sa.nonprofit.hail.privacy;

import java.util.Arrays;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.privacy.DataSubjectProcess.CorrectableField;
import sa.nonprofit.hail.privacy.DataSubjectProcess.RequestType;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/**
 * A correction the officer makes in Task_FulfilDataRequest: one field of one of the requester's own support requests.
 * A running request is changed through the engine, as the signed-in officer, so its history keeps the old and the new
 * value and the user operation log keeps who changed it. A finished request's history is a record and is not
 * rewritten: the correction is kept on the data request beside it ({@code correctionOutcome = RECORDED}), where the
 * export and the case file show it. BPMN: {@code ${dataRequestCorrections.apply(task)}} on completion.
 */
@Component("dataRequestCorrections")
public class DataRequestCorrections {

	static final String APPLIED = "APPLIED";

	static final String RECORDED = "RECORDED";

	private static final int MAX_NAME = 150;

	private final HistoryService history;

	private final IdentityService identity;

	private final RuntimeService runtime;

	DataRequestCorrections(HistoryService history, IdentityService identity, RuntimeService runtime) {
		this.history = history;
		this.identity = identity;
		this.runtime = runtime;
	}

	/**
	 * The officer has no rights of their own on support requests: the model makes the change on their behalf (the
	 * engine's calls below run in the task's command with its authorization checks off, as the engine runs all code of
	 * a model, stated here so that it holds whatever that setting), still recorded under their name.
	 */
	public void apply(DelegateTask task) {
		Context.getCommandContext().runWithoutAuthorization(() -> {
			correct(task);
			return null;
		});
	}

	private void correct(DelegateTask task) {
		if (!RequestType.CORRECTION.name().equals(task.getVariable(Variables.REQUEST_TYPE))) {
			return;
		}
		if (this.identity.getCurrentAuthentication() == null) {
			throw Refusal.forbidden("يصحّح البيانات موظف مسجّل الدخول، ليبقى في السجل من صحّحها",
					"A signed-in officer makes a correction, so that the history keeps who made it");
		}
		String caseNumber = text(task, Variables.CORRECTION_CASE_NUMBER).toUpperCase(java.util.Locale.ROOT);
		String field = text(task, Variables.CORRECTION_FIELD);
		if (Arrays.stream(CorrectableField.values()).noneMatch(allowed -> allowed.name().equals(field))) {
			throw Refusal.invalid("اختر الحقل المطلوب تصحيحه", "Choose the field to correct");
		}
		Object value = normalised(field, text(task, Variables.CORRECTION_VALUE));
		HistoricProcessInstance target = caseNumber.isEmpty() ? null : this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(BeneficiaryProcess.PROCESS_ID)
			.processInstanceBusinessKey(caseNumber)
			.singleResult();
		if (target == null || !text(task, Variables.NATIONAL_ID).equals(nationalIdOf(target))) {
			throw Refusal.invalid("لا يوجد طلب دعم بهذا الرقم لصاحب هذا الطلب",
					"There is no support request with this number for this requester");
		}
		if (target.getEndTime() == null) {
			// The engine writes no user operation log from inside a listener; this one change must be logged, so
			// that Cockpit's history shows the officer beside the old and the new value.
			CommandContext command = Context.getCommandContext();
			command.enableUserOperationLog();
			try {
				this.runtime.setVariable(target.getId(), field, value);
			}
			finally {
				command.disableUserOperationLog();
			}
			task.setVariable(Variables.CORRECTION_OUTCOME, APPLIED);
		}
		else {
			task.setVariable(Variables.CORRECTION_OUTCOME, RECORDED);
		}
		task.setVariable(Variables.CORRECTION_CASE_NUMBER, caseNumber);
	}

	private static Object normalised(String field, String value) {
		switch (CorrectableField.valueOf(field)) {
			case mobile:
				return SaudiIdentifiers.normaliseMobile(value).orElseThrow(() -> Refusal
					.invalid("رقم الجوال الجديد غير صحيح", "The new mobile number is not valid"));
			case email:
				if (!SaudiIdentifiers.isEmailAddress(value)) {
					throw Refusal.invalid("البريد الإلكتروني الجديد غير صحيح", "The new e-mail address is not valid");
				}
				return value.strip();
			case applicantName:
				if (value.isBlank() || value.length() > MAX_NAME) {
					throw Refusal.invalid("الاسم الجديد فارغ أو أطول من ١٥٠ حرفاً", "The new name is empty or too long");
				}
				return value.strip();
			default:
				if (value.isBlank() || value.length() > DataRequestForm.MAX_DETAILS) {
					throw Refusal.invalid("النص الجديد فارغ أو طويل جداً", "The new text is empty or too long");
				}
				return value.strip();
		}
	}

	private String nationalIdOf(HistoricProcessInstance instance) {
		HistoricVariableInstance variable = this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(BeneficiaryProcess.Variables.NATIONAL_ID)
			.singleResult();
		return variable == null || variable.getValue() == null ? null : variable.getValue().toString();
	}

	private static String text(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return value == null ? "" : value.toString().strip();
	}

}
