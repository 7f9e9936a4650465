package sa.nonprofit.hail.beneficiary;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Elements;
import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.calendar.HijriDates;
import sa.nonprofit.hail.calendar.ProgressStep;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/** What an applicant may know of their request, after proving it is theirs with their national ID. */
@Service
public class RequestStatuses {

	/** Stages in plain words. */
	public enum Stage {

		UNDER_VERIFICATION("قيد المطابقة والتحقق", "Being verified"),
		NEEDS_INFORMATION("بانتظار بيانات منك", "Waiting for information from you"),
		WITH_COMMITTEE("لدى لجنة البحث", "With the research committee"), ACCEPTED("مقبول", "Accepted"),
		REJECTED("غير مقبول", "Not accepted"), CLOSED_INCOMPLETE("مغلق لعدم الاكتمال", "Closed as incomplete"),
		SERVED("قُدّمت الخدمة", "Service delivered");

		final String arabic;

		final String english;

		Stage(String arabic, String english) {
			this.arabic = arabic;
			this.english = english;
		}

	}

	/**
	 * The applicant's view: stage, the decision's due date while with the committee, reasons they are owed, and the
	 * dated steps with what comes next ({@code next} is null once the request is closed).
	 */
	public record RequestStatus(String requestNumber, Stage stage, String stageAr, String stageEn, String decisionDue,
			String decisionDueDisplay, String missingInformation, String decisionReason, List<ProgressStep> steps,
			ProgressStep.Next next) {
	}

	private static final Set<String> COMMITTEE = Set.of(Elements.NOTIFY_REFERRED, Elements.COMMITTEE_DECISION);

	private static final Set<String> MISSING = Set.of(Elements.NOTIFY_MISSING, Elements.COMPLETE_APPLICATION);

	private static final Set<String> ACCEPTED = Set.of(Elements.NOTIFY_ACCEPTED, Elements.REGISTRATION,
			Elements.DELIVER_SERVICE, Elements.SEND_SURVEY, Elements.RECEIVE_SURVEY);

	private final HistoryService history;

	private final RuntimeService runtime;

	private final Clock clock;

	private final RequestProgress progress;

	RequestStatuses(HistoryService history, RuntimeService runtime, Clock clock, RequestProgress progress) {
		this.clock = clock;
		this.progress = progress;
		this.history = history;
		this.runtime = runtime;
	}

	/** The request's status, or empty when there is no such request or the national ID is not its applicant's. */
	public Optional<RequestStatus> statusOf(String requestNumber, String nationalId) {
		HistoricProcessInstance request = this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(BeneficiaryProcess.PROCESS_ID)
			.processInstanceBusinessKey(requestNumber)
			.singleResult();
		String given = SaudiIdentifiers.normaliseDigits(nationalId);
		if (request == null || given.isEmpty() || !given.equals(variable(request, Variables.NATIONAL_ID))) {
			return Optional.empty();
		}
		Stage stage = stage(request);
		String due = "";
		String dueDisplay = "";
		if (stage == Stage.WITH_COMMITTEE && this.runtime.getVariable(request.getId(), Variables.COMMITTEE_DECISION_DUE) instanceof Date date) {
			var day = date.toInstant().atZone(this.clock.getZone()).toLocalDate();
			due = day.toString();
			dueDisplay = HijriDates.format(day);
		}
		RequestProgress.Progress steps = this.progress.of(request, stage);
		return Optional.of(new RequestStatus(requestNumber, stage, stage.arabic, stage.english, due, dueDisplay,
				stage == Stage.NEEDS_INFORMATION ? variable(request, Variables.VALIDATION_ERRORS) : "",
				stage == Stage.REJECTED ? variable(request, Variables.DECISION_REASON) : "", steps.steps(),
				steps.next()));
	}

	private Stage stage(HistoricProcessInstance request) {
		if (request.getEndTime() != null) {
			return switch (request.getEndActivityId() == null ? "" : request.getEndActivityId()) {
				case Elements.END_REJECTED -> Stage.REJECTED;
				case Elements.END_CLOSED_INCOMPLETE -> Stage.CLOSED_INCOMPLETE;
				default -> Stage.SERVED;
			};
		}
		List<String> active = this.runtime.getActiveActivityIds(request.getId());
		if (active.stream().anyMatch(MISSING::contains)) {
			return Stage.NEEDS_INFORMATION;
		}
		if (active.stream().anyMatch(ACCEPTED::contains)) {
			return Stage.ACCEPTED;
		}
		if (active.stream().anyMatch(COMMITTEE::contains)) {
			return Stage.WITH_COMMITTEE;
		}
		return Stage.UNDER_VERIFICATION;
	}

	private String variable(HistoricProcessInstance request, String name) {
		HistoricVariableInstance variable = this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(request.getId())
			.variableName(name)
			.singleResult();
		return variable == null || variable.getValue() == null ? "" : variable.getValue().toString();
	}

}
