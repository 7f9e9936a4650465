package sa.nonprofit.hail.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.PostgresApplicationTest;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/** A report against the executive director investigated to the end on a real PostgreSQL 17, kept from the director. */
@PostgresApplicationTest
class WhistleblowerReportPostgresIT extends PostgresApplicationTest.Base {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ReporterView reporterView;

	@Test
	void fullInvestigationOnPostgreSql() {
		BpmnAwareTests.init(this.engine);
		ProcessInstance report = this.runtime.startProcessInstanceByKey(WhistleblowerProcess.PROCESS_ID,
				Map.of(Variables.CHANNEL, "WEBSITE", Variables.CATEGORY, "CONFLICT_OF_INTEREST", Variables.ACCUSED_ROLE,
						"EXECUTIVE_DIRECTOR", Variables.DESCRIPTION, "تعاقد مع شركة قريب"));
		assertThat(report).isWaitingAt(Elements.NOTIFY_LEADERSHIP);
		complete(task(), withVariables("leadershipBriefing", "أُطلع رئيس المجلس"));
		complete(task(), withVariables(Variables.REVIEW_OUTCOME, "INVESTIGATE", "reviewNotes", "معطيات معقولة"));
		complete(task(), withVariables(Variables.COMMITTEE_FINDINGS, "ثبت التعارض", Variables.COMMITTEE_RECOMMENDATION, "إنهاء العقد"));
		complete(task(), withVariables(Variables.CHAIR_DECISION, "APPROVED"));
		assertThat(task()).hasCandidateGroup("board-chair");
		complete(task(), withVariables(Variables.DISCIPLINARY_MEASURES, "خصم من الراتب"));
		complete(task(), withVariables(Variables.REPORTER_FEEDBACK, "ثبتت المخالفة وعولجت"));
		execute(job());

		assertThat(report).hasPassed(Elements.END_CLOSED).isEnded();
		assertThat(this.reporterView.statusOf(report.getBusinessKey()).orElseThrow().stage())
			.isEqualTo(ReporterView.Stage.CLOSED);
		Http http = new Http(this.port);
		assertThat(http.get("/engine-rest/history/process-instance?processInstanceId=" + report.getId(), "director1",
				"demo").body()).isEqualTo("[]");
		assertThat(http.get("/engine-rest/history/process-instance?processInstanceId=" + report.getId(), "chair1",
				"demo").body()).contains(report.getId());
	}

}
