package sa.nonprofit.hail.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.privacy.DataBreachProcess.Variables;
import sa.nonprofit.hail.system.FieldProblem;
import sa.nonprofit.hail.system.Refusal;

/**
 * The start listener of every breach: refuses a start whose data is not valid (nothing starts), above all a moment of
 * awareness in the future, and keeps {@code awareAt} as a date, from which the model's next listeners count the two
 * moments the 72 hours hang on (never from the start). BPMN: {@code ${breachReceipt.received(execution)}}.
 */
@Component("breachReceipt")
public class BreachReceipt {

	static final int MAX_TEXT = 4000;

	private final Clock clock;

	BreachReceipt(Clock clock) {
		this.clock = clock;
	}

	public void received(DelegateExecution execution) {
		List<FieldProblem> problems = new ArrayList<>();
		String description = BreachText.of(execution, Variables.DESCRIPTION);
		String discovery = BreachText.of(execution, Variables.DISCOVERY);
		if (description.isEmpty() || description.length() > MAX_TEXT) {
			problems.add(new FieldProblem(Variables.DESCRIPTION, "صف ما حدث (حتى ٤٠٠٠ حرف)",
					"Describe what happened (up to 4000 characters)"));
		}
		if (discovery.isEmpty() || discovery.length() > MAX_TEXT) {
			problems.add(new FieldProblem(Variables.DISCOVERY, "اذكر كيف اكتُشفت الحادثة",
					"Say how the breach was found"));
		}
		Optional<Date> awareAt = BreachTimes.parse(execution.getVariable(Variables.AWARE_AT), this.clock.getZone());
		if (awareAt.isEmpty()) {
			problems.add(new FieldProblem(Variables.AWARE_AT, "أدخل تاريخ ووقت علم الجمعية بالحادثة",
					"Enter the date and time the association became aware of the breach"));
		}
		else if (awareAt.get().after(ClockUtil.getCurrentTime())) {
			problems.add(new FieldProblem(Variables.AWARE_AT,
					"وقت العلم بالحادثة لا يكون في المستقبل: أدخل الوقت الذي علمت فيه الجمعية فعلاً",
					"The moment of awareness cannot be in the future: enter when the association actually became aware"));
		}
		if (!problems.isEmpty()) {
			throw Refusal.invalid(problems.stream().map(FieldProblem::arabic).collect(Collectors.joining("؛ ")),
					problems.stream().map(FieldProblem::english).collect(Collectors.joining("; ")));
		}
		execution.setVariable(Variables.DESCRIPTION, description);
		execution.setVariable(Variables.DISCOVERY, discovery);
		execution.setVariable(Variables.AWARE_AT, awareAt.get());
		execution.setVariable(Variables.BREACH_TITLE, DataBreachProcess.ROW_TITLE);
		execution.setVariable(Variables.ESCALATED, false);
	}

}
