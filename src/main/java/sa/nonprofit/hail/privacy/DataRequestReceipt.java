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
 * ID that links the person's requests after an erasure, and the mobile on file beside the one given for the identity
 * check ({@link MobilesOnFile}). BPMN: {@code ${dataRequestReceipt.received(execution)}}.
 */
@Component("dataRequestReceipt")
public class DataRequestReceipt {

	private final SubjectKeys keys;

	private final MobilesOnFile mobilesOnFile;

	DataRequestReceipt(SubjectKeys keys, MobilesOnFile mobilesOnFile) {
		this.keys = keys;
		this.mobilesOnFile = mobilesOnFile;
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
		MobilesOnFile.Check mobile = this.mobilesOnFile.compare(form.nationalId(), form.mobile());
		execution.setVariable(Variables.MOBILE_ON_FILE, mobile.masked());
		execution.setVariable(Variables.MOBILE_CHECK, mobile.words());
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? null : value.toString();
	}

}
