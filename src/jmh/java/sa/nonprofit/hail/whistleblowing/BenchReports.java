package sa.nonprofit.hail.whistleblowing;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;

import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;

/**
 * Reports taken through the real process for the benchmarks (the test suite's {@link ReportStages}, opened up to the
 * bench package): closed ones through every step, and open ones left at a stage.
 */
public final class BenchReports {

	private final ReportStages stages;

	private final ProcessEngine engine;

	public BenchReports(ProcessEngine engine) {
		this.engine = engine;
		this.stages = new ReportStages(engine);
	}

	/** A report investigated, ratified, acted on and answered: the whole path to its end. */
	public String closed(boolean againstTheChair, String marker) {
		var report = this.stages.reportAt(accused(againstTheChair), ReportStages.Stage.DISCIPLINARY_ACTION, marker);
		this.stages.complete(report, Elements.DISCIPLINARY_ACTION, Map.of("disciplinaryMeasures", "إجراء " + marker));
		this.stages.complete(report, Elements.REPORTER_FEEDBACK, Map.of("reporterFeedback", "إفادة " + marker));
		if (this.engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(report.getId()).count() > 0) {
			throw new IllegalStateException("report " + report.getId() + " did not end");
		}
		return report.getId();
	}

	/** A report waiting at receipt (even) or in the committee's investigation (odd). */
	public String open(boolean againstTheChair, int n) {
		ReportStages.Stage stage = n % 2 == 0 ? ReportStages.Stage.RECEIPT : ReportStages.Stage.INVESTIGATION;
		return this.stages.reportAt(accused(againstTheChair), stage, "مفتوح " + n).getId();
	}

	private static AccusedRole accused(boolean againstTheChair) {
		return againstTheChair ? AccusedRole.BOARD_CHAIR : AccusedRole.UNKNOWN;
	}

}
