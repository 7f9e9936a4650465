package sa.nonprofit.hail.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Elements;
import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.support.NotificationHistory;
import sa.nonprofit.hail.support.PortalClient;
import sa.nonprofit.hail.support.PortalClient.Part;
import sa.nonprofit.hail.support.PostgresApplicationTest;
import sa.nonprofit.hail.system.CaseNumbers;

/**
 * The whole happy path once on a real PostgreSQL 17, request numbers taken concurrently there, and a portal request
 * whose documents are kept in PostgreSQL's binary column, or not at all.
 */
@PostgresApplicationTest
class BeneficiaryRequestPostgresIT extends PostgresApplicationTest.Base {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseDocuments documents;

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

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

	@Test
	void aPortalRequestKeepsItsDocumentWholeOnPostgreSql() {
		PortalClient portal = new PortalClient(this.port);
		HttpResponse<String> response = portal.postMultipart("/api/public/support-requests", fields("1000005015"),
				List.of(new Part("تقرير طبي.pdf", "application/pdf", PDF)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String number = portal.read(response).get("requestNumber").asText();
		CaseDocuments.Entry kept = this.documents.list(number).get(0);
		assertThat(kept.fileName()).isEqualTo("تقرير طبي.pdf");
		assertThat(this.documents.read(number, kept.ref()).orElseThrow().content()).isEqualTo(PDF);
		assertThat(this.runtime.getVariable(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
			.singleResult().getId(), Variables.ATTACHMENT_COUNT)).isEqualTo(1);

		long requests = this.history.createHistoricProcessInstanceQuery().processDefinitionKey(BeneficiaryProcess.PROCESS_ID)
			.count();
		long files = this.jdbc.queryForObject("SELECT COUNT(*) FROM app_case_document", Long.class);
		HttpResponse<String> refused = portal.postMultipart("/api/public/support-requests", fields("1000005015"),
				List.of(new Part("هوية.pdf", "application/pdf", "GIF89a not a pdf".getBytes())));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(portal.read(refused).get("messageAr").asText()).contains("نوع الملف غير مقبول");
		assertThat(this.history.createHistoricProcessInstanceQuery().processDefinitionKey(BeneficiaryProcess.PROCESS_ID)
			.count()).isEqualTo(requests);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_case_document", Long.class)).isEqualTo(files);
	}

	private static List<String[]> fields(String nationalId) {
		return List.of(new String[] { "applicantName", "خالد الشمري" }, new String[] { "nationalId", nationalId },
				new String[] { "mobile", "0501112233" }, new String[] { "supportType", "FITNESS_PROGRAM" },
				new String[] { "requestDetails", "برنامج لياقة" }, new String[] { "declarationAccepted", "true" });
	}

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
