package sa.nonprofit.hail.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.nonprofit.hail.privacy.DataSubjectProcess.Channel;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.system.CaseNumbers;
import sa.nonprofit.hail.system.FieldProblem;
import sa.nonprofit.hail.system.InvalidInput;

/**
 * A data request from the website: checked whole first ({@link InvalidInput} names every problem), then numbered,
 * its tracking code issued and the process started, in one transaction, so a refusal leaves nothing half-written.
 */
@Service
public class DataRequestIntake {

	/** Shown to the person once: the number and the tracking code. */
	public record Receipt(String requestNumber, String accessCode) {
	}

	private final CaseNumbers numbers;

	private final RuntimeService runtime;

	private final DataRequestAccessCodes codes;

	DataRequestIntake(CaseNumbers numbers, RuntimeService runtime, DataRequestAccessCodes codes) {
		this.numbers = numbers;
		this.runtime = runtime;
		this.codes = codes;
	}

	@Transactional
	public Receipt submit(DataRequestForm typed) {
		DataRequestForm.Checked checked = typed.check();
		List<FieldProblem> problems = new ArrayList<>(checked.problems());
		if (!Boolean.TRUE.equals(typed.declarationAccepted())) {
			problems.add(new FieldProblem("declarationAccepted",
					"يلزم الإقرار بأنك صاحب البيانات أو مفوَّض نظاماً عنه",
					"You must declare that the data is yours or that you are lawfully authorised"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		DataRequestForm form = checked.form();
		String requestNumber = this.numbers.next(DataSubjectProcess.NUMBER_PREFIX);
		String code = this.codes.issue(requestNumber);
		Map<String, Object> variables = new HashMap<>();
		variables.put(Variables.NATIONAL_ID, form.nationalId());
		variables.put(Variables.MOBILE, form.mobile());
		variables.put(Variables.EMAIL, form.email());
		variables.put(Variables.REQUEST_TYPE, form.requestType());
		variables.put(Variables.DETAILS, form.details());
		variables.put(Variables.CHANNEL, Channel.WEBSITE.name());
		variables.put(Variables.DECLARATION_ACCEPTED, true);
		this.numbers.startNumbered(requestNumber,
				number -> this.runtime.startProcessInstanceByKey(DataSubjectProcess.PROCESS_ID, number, variables));
		return new Receipt(requestNumber, code);
	}

}
