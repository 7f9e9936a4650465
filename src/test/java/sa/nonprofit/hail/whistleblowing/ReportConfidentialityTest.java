package sa.nonprofit.hail.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/** Through the REST API as real users: a report against the executive director, seen only by whom it is routed to. */
@ApplicationTest
class ReportConfidentialityTest {

	/** Each REST read with the query parameter that narrows it to one process instance. */
	private static final String[] READ_PATHS = { "/engine-rest/task?processInstanceId=",
			"/engine-rest/process-instance?processInstanceIds=", "/engine-rest/history/process-instance?processInstanceId=",
			"/engine-rest/history/variable-instance?processInstanceId=", "/engine-rest/history/task?processInstanceId=" };

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	Http http;

	ProcessInstance report;

	String marker;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.marker = "SECRET-" + UUID.randomUUID();
		this.report = this.runtime.startProcessInstanceByKey(WhistleblowerProcess.PROCESS_ID,
				Map.of(Variables.CHANNEL, "PHONE", Variables.CATEGORY, "FINANCIAL", Variables.ACCUSED_ROLE,
						"EXECUTIVE_DIRECTOR", Variables.DESCRIPTION, "بلاغ " + this.marker));
	}

	@ParameterizedTest
	@ValueSource(strings = { "director1", "relations1", "researcher1", "committee1" })
	void theAccusedAndBeneficiaryStaffGetNothingOfTheReport(String user) {
		for (String path : READ_PATHS) {
			HttpResponse<String> response = this.http.get(path + this.report.getId(), user, "demo");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).isEqualTo("[]");
		}
		HttpResponse<String> variables = this.http.get(
				"/engine-rest/process-instance/" + this.report.getId() + "/variables", user, "demo");
		assertThat(variables.statusCode()).isIn(403, 404);
		assertThat(variables.body()).doesNotContain(this.marker);
	}

	@Test
	void beneficiaryStaffDoNotEvenSeeTheProcess() {
		String definitions = this.http.get("/engine-rest/process-definition", "relations1", "demo").body();
		assertThat(definitions).contains("BeneficiaryRequestProcess").doesNotContain(WhistleblowerProcess.PROCESS_ID);
		String everything = this.http.get("/engine-rest/history/process-instance?processDefinitionKey="
				+ WhistleblowerProcess.PROCESS_ID, "relations1", "demo").body();
		assertThat(everything).isEqualTo("[]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "auditor1", "violations1", "chair1" })
	void theGroupsRoutedToTheReportSeeIt(String user) {
		for (String path : new String[] { READ_PATHS[1], READ_PATHS[2], READ_PATHS[3] }) {
			HttpResponse<String> response = this.http.get(path + this.report.getId(), user, "demo");
			assertThat(response.body()).as(path).contains(this.report.getId());
		}
		assertThat(this.http.get("/engine-rest/history/variable-instance?processInstanceId=" + this.report.getId(),
				user, "demo").body()).contains(this.marker);
	}

	@Test
	void onlyTheReportsAuditorsReadTheReportersContact() {
		String path = "/api/reports/" + this.report.getBusinessKey() + "/reporter-contact";
		HttpResponse<String> saved = this.http.send(this.http.request(path)
			.header("Authorization", Http.basic("auditor1", "demo"))
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"mobile\":\"0551112222\"}"))
			.build());
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(this.http.get(path, "auditor1", "demo").body()).contains("+966551112222");
		for (String other : new String[] { "violations1", "chair1", "director1", "relations1" }) {
			HttpResponse<String> refused = this.http.get(path, other, "demo");
			assertThat(refused.statusCode()).as(other).isEqualTo(404);
			assertThat(refused.body()).doesNotContain("0551112222");
		}
		assertThat(this.http.get("/engine-rest/history/variable-instance?processInstanceId=" + this.report.getId(),
				"auditor1", "demo").body()).doesNotContain("551112222");
	}

	@Test
	void theAuditorsWorkTheReportAndTheDirectorsWorkGoesToTheChair() {
		String auditorTasks = this.http.get("/engine-rest/task?processInstanceId=" + this.report.getId(), "auditor1", "demo").body();
		assertThat(auditorTasks).contains("Task_AcknowledgeReceipt").contains("Task_NotifyLeadership");
		String directorTasks = this.http.get("/engine-rest/task", "director1", "demo").body();
		assertThat(directorTasks).doesNotContain(this.report.getId());
	}

}
