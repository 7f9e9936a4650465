package sa.nonprofit.hail.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.privacy.DataSubjectProcess.Channel;
import sa.nonprofit.hail.privacy.DataSubjectProcess.RequestType;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.system.FieldProblem;
import sa.nonprofit.hail.system.Refusal;

/**
 * The start listener of every data request, from the portal or from the officer's start form: refuses a request whose
 * data is not valid (nothing starts), writes the data the one way it is kept, and stores the keyed hash of the national
 * ID that links the person's requests after an erasure. BPMN: {@code ${dataRequestReceipt.received(execution)}}.
 */
@Component("dataRequestReceipt")
public class DataRequestReceipt {

	private final SubjectKeys keys;

	DataRequestReceipt(SubjectKeys keys) {
		this.keys = keys;
	}

	public void received(DelegateExecution execution) {
		DataRequestForm.Checked checked = new DataRequestForm(text(execution, Variables.NATIONAL_ID),
				text(execution, Variables.MOBILE), text(execution, Variables.EMAIL),
				text(execution, Variables.REQUEST_TYPE), text(execution, Variables.DETAILS), null)
			.check();
		List<FieldProblem> problems = new ArrayList<>(checked.problems());
		if (Arrays.stream(Channel.values()).noneMatch(channel -> channel.name().equals(text(execution, Variables.CHANNEL)))) {
			problems.add(new FieldProblem(Variables.CHANNEL, "اختر قناة الطلب", "Choose how the request came in"));
		}
		if (!problems.isEmpty()) {
			throw Refusal.invalid(
					problems.stream().map(FieldProblem::arabic).collect(Collectors.joining("؛ ")),
					problems.stream().map(FieldProblem::english).collect(Collectors.joining("; ")));
		}
		DataRequestForm form = checked.form();
		execution.setVariable(Variables.NATIONAL_ID, form.nationalId());
		execution.setVariable(Variables.MOBILE, form.mobile());
		execution.setVariable(Variables.EMAIL, form.email());
		execution.setVariable(Variables.DETAILS, form.details());
		execution.setVariable(Variables.SUBJECT_HASH, this.keys.of(form.nationalId()));
		execution.setVariable(Variables.REQUEST_TYPE_NAME, RequestType.valueOf(form.requestType()).arabicName());
		execution.setVariable(Variables.EXTENSION_USED, false);
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? null : value.toString();
	}

}
