package sa.nonprofit.hail.whistleblowing;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import sa.nonprofit.hail.support.AsyncSteps;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/** Takes a report to each of its wait states through the engine, with a marker in everything staff write. */
final class ReportStages {

	/** The wait states of a report, in the order a report reaches them. */
	enum Stage {
		RECEIPT(Elements.ACKNOWLEDGE), REVIEW(Elements.PRELIMINARY_REVIEW), INVESTIGATION(Elements.INVESTIGATION),
		CHAIR_APPROVAL(Elements.CHAIR_APPROVAL), DISCIPLINARY_ACTION(Elements.DISCIPLINARY_ACTION),
		REPORTER_FEEDBACK(Elements.REPORTER_FEEDBACK), CLOSED_AWAITING_EVIDENCE(Elements.AWAIT_EVIDENCE);

		final String activity;

		Stage(String activity) {
			this.activity = activity;
		}

	}

	private final ProcessEngine engine;

	ReportStages(ProcessEngine engine) {
		this.engine = engine;
	}

	ProcessInstance receive(AccusedRole accused, String marker) {
		return this.engine.getRuntimeService()
			.startProcessInstanceByKey(WhistleblowerProcess.PROCESS_ID,
					Map.of(Variables.CHANNEL, "PHONE", Variables.CATEGORY, "FINANCIAL", Variables.ACCUSED_ROLE,
							accused.name(), Variables.DESCRIPTION, "بلاغ " + marker));
	}

	ProcessInstance reportAt(AccusedRole accused, Stage stage, String marker) {
		ProcessInstance report = receive(accused, marker);
		if (stage == Stage.RECEIPT) {
			return report;
		}
		complete(report, Elements.ACKNOWLEDGE, Map.of("acknowledgementMethod", "PHONE"));
		complete(report, Elements.NOTIFY_LEADERSHIP, Map.of("leadershipBriefing", "إحاطة " + marker));
		if (stage == Stage.REVIEW) {
			return report;
		}
		String outcome = stage == Stage.CLOSED_AWAITING_EVIDENCE ? "UNJUSTIFIED"
				: stage == Stage.REPORTER_FEEDBACK ? "RESOLVED_WITHOUT_INVESTIGATION" : "INVESTIGATE";
		complete(report, Elements.PRELIMINARY_REVIEW,
				Map.of(Variables.REVIEW_OUTCOME, outcome, "reviewNotes", "ملاحظات " + marker));
		if (stage == Stage.INVESTIGATION || stage == Stage.CLOSED_AWAITING_EVIDENCE
				|| stage == Stage.REPORTER_FEEDBACK) {
			return report;
		}
		complete(report, Elements.INVESTIGATION, Map.of(Variables.COMMITTEE_FINDINGS, "نتائج " + marker,
				Variables.COMMITTEE_RECOMMENDATION, "توصية " + marker));
		if (stage == Stage.CHAIR_APPROVAL) {
			return report;
		}
		complete(report, Elements.CHAIR_APPROVAL, Map.of(Variables.CHAIR_DECISION, "APPROVED"));
		return report;
	}

	void complete(ProcessInstance report, String activity, Map<String, Object> variables) {
		TaskService tasks = this.engine.getTaskService();
		tasks.complete(tasks.createTaskQuery()
			.processInstanceId(report.getId())
			.taskDefinitionKey(activity)
			.singleResult()
			.getId(), variables);
		runAsyncSteps(report);
	}

	/** The job executor is off in tests: run the asynchronous steps (messages), never the timers. */
	private void runAsyncSteps(ProcessInstance report) {
		AsyncSteps.run(this.engine, report.getId());
	}

}
