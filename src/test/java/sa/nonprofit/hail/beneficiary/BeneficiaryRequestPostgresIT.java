package sa.nonprofit.hail.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Elements;
import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.support.NotificationHistory;
import sa.nonprofit.hail.support.PostgresApplicationTest;
import sa.nonprofit.hail.system.CaseNumbers;

/** The whole happy path once on a real PostgreSQL 17, and request numbers taken concurrently there. */
@PostgresApplicationTest
class BeneficiaryRequestPostgresIT extends PostgresApplicationTest.Base {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	SatisfactionSurveys surveys;

	NotificationHistory notifications;

	@Autowired
	void readNotifications(JdbcTemplate jdbc) {
		this.notifications = new NotificationHistory(jdbc);
	}

	@Autowired
	CaseNumbers numbers;

	@Test
	void happyPathOnPostgreSql() {
		BpmnAwareTests.init(this.engine);
		ProcessInstance request = this.runtime.startProcessInstanceByKey(BeneficiaryProcess.PROCESS_ID,
				BeneficiaryRequestProcessTest.application("1000000008"));
		assertThat(request).isWaitingAt(Elements.NOTIFY_RECEIVED);
		execute(job());
		assertThat(request).isWaitingAt(Elements.VERIFY);
		complete(task(), withVariables(Variables.VERIFICATION_OUTCOME, "VERIFIED"));
		complete(task(), withVariables(Variables.DECLARATION_SIGNED, true, Variables.DECLARATION_METHOD,
				"ELECTRONIC_SIGNATURE"));
		execute(job());
		complete(task(), withVariables(Variables.COMMITTEE_DECISION, "ACCEPTED", Variables.DECISION_REASON, "مقبول"));
		execute(job());
		complete(task(), withVariables("beneficiaryFileNumber", "F-1"));
		complete(task(), withVariables("serviceDelivered", "استشارة"));
		execute(job());
		this.surveys.answer((String) this.runtime.getVariable(request.getId(), Variables.SURVEY_TOKEN), 4, "جيد");

		assertThat(request).hasPassed(Elements.END_SERVED).isEnded();
		assertThat(this.notifications.about(request.getBusinessKey())).hasSize(4);
	}

	@Test
	void requestNumbersAreUniqueUnderConcurrencyOnPostgreSql() throws Exception {
		assertThat(sa.nonprofit.hail.system.CaseNumbersTest.takeConcurrently(this.numbers, "PGT", 8, 25)).hasSize(200);
	}

}
