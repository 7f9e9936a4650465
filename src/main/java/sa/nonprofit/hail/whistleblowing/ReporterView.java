package sa.nonprofit.hail.whistleblowing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.calendar.ProgressStep;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/**
 * What a reporter may know of their report: the stage in plain words, the feedback written for them and the thread of
 * messages. This is the disclosure firewall: it reads exactly one written variable, {@code reporterFeedback}, and of
 * the thread only who wrote (the reporter or the association, never which staff member), what and when; the dated steps
 * ({@link ReportProgress}) add only when stages began and ended and the reporter's own evidence window. Committee
 * findings, recommendations and disciplinary measures are never read here, so they cannot reach a reporter.
 */
@Service
public class ReporterView {

	/** Stages a reporter sees. */
	public enum Stage {

		RECEIVED("استُلم البلاغ", "Received"), UNDER_REVIEW("قيد المراجعة", "Under review"),
		UNDER_INVESTIGATION("قيد التحقيق", "Under investigation"), CLOSED("مغلق", "Closed");

		private final String arabic;

		private final String english;

		Stage(String arabic, String english) {
			this.arabic = arabic;
			this.english = english;
		}

		public String arabic() {
			return this.arabic;
		}

		public String english() {
			return this.english;
		}

	}

	/** Who wrote a message of the thread, as the reporter may know it. */
	public enum From {
		REPORTER, ASSOCIATION
	}

	/** One message of the thread; {@code at} is an ISO-8601 instant. */
	public record ThreadEntry(From from, String text, String at) {
	}

	/** The whole of what a reporter is told: with the dated steps and what comes next (null once final). */
	public record ReporterStatus(String reportNumber, Stage stage, String stageAr, String stageEn, String feedback,
			List<ThreadEntry> thread, List<ProgressStep> steps, ProgressStep.Next next) {
	}

	private static final Set<String> RECEIVING = Set.of(Elements.ACKNOWLEDGE, Elements.NOTIFY_LEADERSHIP);

	private static final Set<String> INVESTIGATING = Set.of(Elements.INVESTIGATION, Elements.CHAIR_APPROVAL,
			Elements.DISCIPLINARY_ACTION);

	private final HistoryService history;

	private final RuntimeService runtime;

	private final ReporterThread messages;

	private final ReportProgress progress;

	ReporterView(HistoryService history, RuntimeService runtime, ReporterThread messages, ReportProgress progress) {
		this.history = history;
		this.runtime = runtime;
		this.messages = messages;
		this.progress = progress;
	}

	public Optional<ReporterStatus> statusOf(String reportNumber) {
		HistoricProcessInstance report = this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(WhistleblowerProcess.PROCESS_ID)
			.processInstanceBusinessKey(reportNumber)
			.orderByProcessInstanceStartTime()
			.desc()
			.listPage(0, 1)
			.stream()
			.findFirst()
			.orElse(null);
		if (report == null) {
			return Optional.empty();
		}
		Stage stage = stage(report);
		ReportProgress.Progress steps = this.progress.of(report);
		return Optional.of(new ReporterStatus(reportNumber, stage, stage.arabic(), stage.english(), feedback(report),
				thread(reportNumber), steps.steps(), steps.next()));
	}

	private List<ThreadEntry> thread(String reportNumber) {
		return this.messages.of(reportNumber)
			.stream()
			.map(message -> new ThreadEntry(message.fromReporter() ? From.REPORTER : From.ASSOCIATION, message.text(),
					message.at().toString()))
			.toList();
	}

	private Stage stage(HistoricProcessInstance report) {
		if (report.getEndTime() != null) {
			return Stage.CLOSED;
		}
		List<String> active = this.runtime.getActiveActivityIds(report.getId());
		if (active.contains(Elements.AWAIT_EVIDENCE)) {
			return Stage.CLOSED;
		}
		if (active.stream().anyMatch(INVESTIGATING::contains)) {
			return Stage.UNDER_INVESTIGATION;
		}
		if (!active.isEmpty() && RECEIVING.containsAll(active)) {
			return Stage.RECEIVED;
		}
		return Stage.UNDER_REVIEW;
	}

	private String feedback(HistoricProcessInstance report) {
		HistoricVariableInstance feedback = this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(report.getId())
			.variableName(Variables.REPORTER_FEEDBACK)
			.singleResult();
		return feedback == null || feedback.getValue() == null ? "" : feedback.getValue().toString();
	}

}
