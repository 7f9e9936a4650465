package sa.nonprofit.hail.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.StaffSession;
import sa.nonprofit.hail.whistleblowing.ReportStages.Stage;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/**
 * Issue 13, attacks 2, 4 and 6, made by staff with valid logins: the accused internal auditor hijacking a report with a
 * start of their own, message correlation as an oracle, and a task completion writing what the reporter reads.
 */
@ApplicationTest
class InsiderAttackTest {

	private static final String START = "/engine-rest/process-definition/key/" + WhistleblowerProcess.PROCESS_ID + "/start";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	Http http;

	ReportStages stages;

	String marker;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.stages = new ReportStages(this.engine);
		this.marker = "SECRET-" + UUID.randomUUID();
	}

	@Test
	void theAccusedAuditorCannotHijackAReportWithAStartOfTheirOwn() {
		ProcessInstance report = this.stages.receive(AccusedRole.INTERNAL_AUDITOR, this.marker);
		String number = report.getBusinessKey();
		String hijack = """
				{"businessKey":"%s","variables":{"auditorGroup":{"value":"internal-auditors"},
				"reporterFeedback":{"value":"أُغلق البلاغ نهائيًا"},"channel":{"value":"PHONE"}},
				"startInstructions":[{"type":"startBeforeActivity","activityId":"Task_AwaitNewEvidence"}]}"""
			.formatted(number);
		HttpResponse<String> refused = this.http.postJson(START, hijack, "auditor1", "demo");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("messageAr").contains("messageEn");
		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count())
			.isEqualTo(1);
		assertThat(this.history.createHistoricVariableInstanceQuery()
			.variableValueEquals(Variables.REPORTER_FEEDBACK, "أُغلق البلاغ نهائيًا")
			.count()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"businessKey\":\"WB-2026-0000000A\",\"variables\":{\"channel\":{\"value\":\"PHONE\"}}}",
			"{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_AwaitNewEvidence\"}]}",
			"{\"skipCustomListeners\":true,\"variables\":{\"channel\":{\"value\":\"PHONE\"}}}",
			"{\"skipIoMappings\":true}",
			"{\"variables\":{\"channel\":{\"value\":\"PHONE\"},\"auditorGroup\":{\"value\":\"internal-auditors\"}}}",
			"{\"variables\":{\"channel\":{\"value\":\"PHONE\"},\"description\":{\"type\":\"Object\",\"value\":\"x\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\",\"serializationDataFormat\":\"application/json\"}}}}" })
	void eachPartOfTheHijackIsRefusedOnItsOwn(String body) {
		long before = this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(WhistleblowerProcess.PROCESS_ID)
			.count();
		HttpResponse<String> refused = this.http.postJson(START, body, "auditor1", "demo");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		HttpResponse<String> submitForm = this.http.postJson(START.replace("/start", "/submit-form"), body,
				"auditor1", "demo");
		assertThat(submitForm.statusCode()).as(submitForm.body()).isEqualTo(400);
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(WhistleblowerProcess.PROCESS_ID)
			.count()).isEqualTo(before);
	}

	@Test
	void tasklistsStartDialogCannotBringANumberEither() {
		StaffSession auditor = StaffSession.signIn(this.port, "auditor1", "tasklist");
		String definition = this.engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(WhistleblowerProcess.PROCESS_ID)
			.latestVersion()
			.singleResult()
			.getId();
		HttpResponse<String> refused = auditor.webappJson("POST",
				"/camunda/api/engine/engine/default/process-definition/" + definition + "/submit-form",
				"{\"businessKey\":\"WB-2026-0000000A\",\"variables\":{\"channel\":{\"value\":\"PHONE\"}}}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("message");
		// What Tasklist's start dialog sends with an empty number field starts the report as usual.
		HttpResponse<String> started = auditor.webappJson("POST",
				"/camunda/api/engine/engine/default/process-definition/" + definition + "/submit-form",
				"{\"businessKey\":null,\"variables\":{\"channel\":{\"value\":\"PHONE\"},\"category\":{\"value\":"
						+ "\"FINANCIAL\"},\"accusedRole\":{\"value\":\"EMPLOYEE\"},\"description\":{\"value\":\"بلاغ\"}}}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
	}

	@Test
	void evenTheEngineRefusesANumberItDidNotGive() {
		assertThatThrownBy(() -> this.runtime.startProcessInstanceByKey(WhistleblowerProcess.PROCESS_ID,
				"WB-2026-0000000A", Map.of(Variables.CHANNEL, "PHONE", Variables.ACCUSED_ROLE, "EMPLOYEE")))
			.hasStackTraceContaining("given by the application only");
		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("WB-2026-0000000A")
			.count()).isZero();
	}

	@Test
	void evenTheAdministratorCannotBringANumberAndTheEngineSaysWhyIn400() {
		HttpResponse<String> refused = this.http.postJson(START,
				"{\"businessKey\":\"WB-2026-0000000A\",\"variables\":{\"accusedRole\":{\"value\":\"EMPLOYEE\"},"
						+ "\"channel\":{\"value\":\"PHONE\"}}}",
				"admin", "demo");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("messageAr").contains("given by the application only");
	}

	/*
	 * The break-glass administrator, or whoever holds that password, cannot bury a case through the engine either:
	 * no cancelling, deleting from history, moving past a step or setting a removal time. Records the law keeps (a
	 * report ten years, a breach five) end only by their process and the retention purge.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "DELETE /process-instance/{id}", "DELETE /history/process-instance/{id}",
			"DELETE /history/process-instance/{id}/variable-instances", "POST /process-instance/delete",
			"POST /process-instance/delete-historic-query-based", "POST /history/process-instance/delete",
			"POST /history/process-instance/set-removal-time", "POST /process-instance/{id}/modification",
			"POST /modification/execute", "POST /modification/executeAsync" })
	void evenTheAdministratorCannotCancelDeleteOrMoveAReport(String call) {
		ProcessInstance report = this.stages.reportAt(AccusedRole.EMPLOYEE, Stage.REVIEW, this.marker);
		String method = call.substring(0, call.indexOf(' '));
		String path = call.substring(call.indexOf(' ') + 1).replace("{id}", report.getId());
		String body = "{\"processInstanceIds\":[\"" + report.getId() + "\"],\"deleteReason\":\"x\","
				+ "\"absoluteRemovalTime\":\"2026-01-01T00:00:00.000+0000\",\"processDefinitionId\":\""
				+ report.getProcessDefinitionId() + "\",\"instructions\":[{\"type\":\"startBeforeActivity\","
				+ "\"activityId\":\"Task_ReporterFeedback\"}]}";
		for (String prefix : new String[] { "/engine-rest", "/engine-rest/engine/default",
				"/camunda/api/engine/engine/default" }) {
			HttpResponse<String> response = this.http.send(this.http.request(prefix + path)
				.header("Authorization", Http.basic("admin", "demo"))
				.header("Content-Type", "application/json")
				.method(method, method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body))
				.build());
			assertThat(response.statusCode()).as(prefix + path).isIn(401, 403);
		}
		assertThat(this.runtime.getActiveActivityIds(report.getId())).containsExactly(Elements.PRELIMINARY_REVIEW);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/modification", "/suspended", "/variables" })
	void staffCannotMoveDeleteOrSuspendAReport(String action) {
		ProcessInstance report = this.stages.reportAt(AccusedRole.EMPLOYEE, Stage.REVIEW, this.marker);
		String body = action.equals("/modification")
				? "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_AwaitNewEvidence\"}]}"
				: action.equals("/suspended") ? "{\"suspended\":true}" : "{\"modifications\":{\"reporterFeedback\":{\"value\":\"x\"}}}";
		for (String prefix : new String[] { "/engine-rest", "/engine-rest/engine/default" }) {
			HttpResponse<String> response = this.http.send(this.http
				.request(prefix + "/process-instance/" + report.getId() + action)
				.header("Authorization", Http.basic("auditor1", "demo"))
				.header("Content-Type", "application/json")
				.method(action.equals("/suspended") ? "PUT" : "POST", HttpRequest.BodyPublishers.ofString(body))
				.build());
			assertThat(response.statusCode()).as(prefix + action).isEqualTo(403);
		}
		HttpResponse<String> deleted = this.http.send(this.http.request("/engine-rest/process-instance/" + report.getId())
			.header("Authorization", Http.basic("auditor1", "demo"))
			.DELETE()
			.build());
		assertThat(deleted.statusCode()).isEqualTo(403);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(report.getId()).active().count())
			.isEqualTo(1);
		assertThat(this.runtime.getActiveActivityIds(report.getId())).containsExactly(Elements.PRELIMINARY_REVIEW);
	}

	@Test
	void tasklistsOwnDoorChecksTheFormToo() {
		ProcessInstance report = this.stages.reportAt(AccusedRole.EMPLOYEE, Stage.INVESTIGATION, this.marker);
		Task investigation = taskAt(report, Elements.INVESTIGATION);
		StaffSession committee = StaffSession.signIn(this.port, "violations1", "tasklist");
		HttpResponse<String> refused = committee.webappJson("POST",
				"/camunda/api/engine/engine/default/task/" + investigation.getId() + "/submit-form",
				"{\"variables\":{\"committeeFindings\":{\"value\":\"x\"},\"reporterFeedback\":{\"value\":\"مزروع\"}}}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("reporterFeedback").contains("message");
		assertThat(taskAt(report, Elements.INVESTIGATION)).isNotNull();
	}

	@Test
	void anAuditorStartsAReportFromTheStartFormAndGetsAnUnguessableNumber() {
		String body = """
				{"variables":{"channel":{"value":"PHONE"},"category":{"value":"FINANCIAL"},
				"accusedRole":{"value":"EMPLOYEE"},"description":{"value":"بلاغ هاتفي"}}}""";
		HttpResponse<String> started = this.http.postJson(START, body, "auditor1", "demo");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		String id = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		String number = this.runtime.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
		assertThat(number).matches("WB-\\d{4}-[0-9A-HJKMNP-TV-Z]{8}");
		assertThat(sa.nonprofit.hail.system.CaseNumbers.hasValidCheck(number)).isTrue();
	}

	@Test
	void aCommitteeMemberCannotWriteWhatTheReporterReads() {
		ProcessInstance report = this.stages.reportAt(AccusedRole.EMPLOYEE, Stage.INVESTIGATION, this.marker);
		Task investigation = taskAt(report, Elements.INVESTIGATION);
		String planted = "{\"variables\":{\"committeeFindings\":{\"value\":\"نتائج\"},"
				+ "\"committeeRecommendation\":{\"value\":\"توصية\"},\"reporterFeedback\":{\"value\":\"مزروع\"}}}";
		HttpResponse<String> refused = this.http.postJson("/engine-rest/task/" + investigation.getId() + "/complete",
				planted, "violations1", "demo");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("reporterFeedback");
		assertThat(taskAt(report, Elements.INVESTIGATION)).isNotNull();
		for (String path : new String[] { "/engine-rest/task/" + investigation.getId() + "/variables/reporterFeedback",
				"/engine-rest/task/" + investigation.getId() + "/localVariables/reporterFeedback",
				"/engine-rest/process-instance/" + report.getId() + "/variables/reporterFeedback",
				"/engine-rest/execution/" + report.getId() + "/localVariables/reporterFeedback" }) {
			HttpResponse<String> put = this.http.send(this.http.request(path)
				.header("Authorization", Http.basic("violations1", "demo"))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"مزروع\"}", StandardCharsets.UTF_8))
				.build());
			assertThat(put.statusCode()).as(path).isIn(403, 404);
		}
		assertThat(this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(report.getId())
			.variableName(Variables.REPORTER_FEEDBACK)
			.count()).isZero();
	}

	@Test
	void aCompletionSetsTheFormsFieldsAndIgnoresWhatTheFormOnlyShows() {
		ProcessInstance report = this.stages.reportAt(AccusedRole.EMPLOYEE, Stage.INVESTIGATION, this.marker);
		Task investigation = taskAt(report, Elements.INVESTIGATION);
		String body = "{\"variables\":{\"committeeFindings\":{\"value\":\"نتائج التحقيق\"},"
				+ "\"committeeRecommendation\":{\"value\":\"إنذار\"},\"description\":{\"value\":\"وصف مُبدَّل\"}}}";
		HttpResponse<String> done = this.http.postJson("/engine-rest/task/" + investigation.getId() + "/complete",
				body, "violations1", "demo");
		assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
		assertThat(this.runtime.getVariable(report.getId(), Variables.DESCRIPTION)).isEqualTo("بلاغ " + this.marker);
		assertThat(this.runtime.getVariable(report.getId(), Variables.COMMITTEE_FINDINGS)).isEqualTo("نتائج التحقيق");
	}

	@ParameterizedTest
	@ValueSource(strings = { "INTERNAL_AUDITOR", "NO_SUCH_ROLE" })
	void messageCorrelationAnswersTheSameWhetherAReportMatchesOrNot(String accusedRole) {
		this.stages.reportAt(AccusedRole.INTERNAL_AUDITOR, Stage.CLOSED_AWAITING_EVIDENCE, this.marker);
		String probe = "{\"messageName\":\"Msg_NewEvidence\",\"correlationKeys\":{\"accusedRole\":{\"value\":\""
				+ accusedRole + "\"}}}";
		for (String user : new String[] { "auditor1", "relations1", "director1" }) {
			HttpResponse<String> answer = this.http.postJson("/engine-rest/message", probe, user, "demo");
			assertThat(answer.statusCode()).as(user).isEqualTo(403);
			assertThat(answer.body()).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
		}
		HttpResponse<String> signal = this.http.postJson("/engine-rest/signal", "{\"name\":\"x\"}", "auditor1", "demo");
		assertThat(signal.statusCode()).isEqualTo(403);
	}

	@Test
	void workIsHandedOnlyWithinTheTasksOwnGroup() {
		ProcessInstance report = this.stages.reportAt(AccusedRole.EMPLOYEE, Stage.REVIEW, this.marker);
		Task review = taskAt(report, Elements.PRELIMINARY_REVIEW);
		String path = "/engine-rest/task/" + review.getId() + "/assignee";
		assertThat(this.http.postJson(path, "{\"userId\":\"director1\"}", "auditor1", "demo").statusCode())
			.isEqualTo(400);
		assertThat(this.tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
		// Claiming for someone else would hand them the task and lasting read rights on the report (found by the
		// adversary review): staff claim for themselves only.
		HttpResponse<String> forOther = this.http.postJson("/engine-rest/task/" + review.getId() + "/claim",
				"{\"userId\":\"director1\"}", "auditor1", "demo");
		assertThat(forOther.statusCode()).isEqualTo(400);
		assertThat(this.tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
		assertThat(this.http.get("/engine-rest/task/" + review.getId() + "/variables", "director1", "demo").body())
			.doesNotContain(this.marker);
		assertThat(this.http.postJson("/engine-rest/task/" + review.getId() + "/claim", "{\"userId\":\"auditor1\"}",
				"auditor1", "demo").statusCode()).isEqualTo(204);
		HttpResponse<String> moved = this.http.send(this.http.request("/engine-rest/task/" + review.getId())
			.header("Authorization", Http.basic("auditor1", "demo"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"due\":\"2099-01-01T00:00:00.000+0300\"}"))
			.build());
		assertThat(moved.statusCode()).isEqualTo(403);
	}

	@Test
	void aHiddenInstanceAnswersExactlyAsOneThatDoesNotExist() {
		ProcessInstance report = this.stages.reportAt(AccusedRole.EXECUTIVE_DIRECTOR, Stage.REVIEW, this.marker);
		String madeUp = UUID.randomUUID().toString();
		for (String path : new String[] { "/engine-rest/process-instance/{id}/activity-instances",
				"/engine-rest/process-instance/{id}/variables", "/engine-rest/process-instance/{id}/variables/description",
				"/engine-rest/execution/{id}/localVariables", "/engine-rest/process-instance/{id}" }) {
			HttpResponse<String> hidden = this.http.get(path.replace("{id}", report.getId()), "director1", "demo");
			HttpResponse<String> missing = this.http.get(path.replace("{id}", madeUp), "director1", "demo");
			assertThat(hidden.statusCode()).as(path).isEqualTo(missing.statusCode()).isEqualTo(404);
			assertThat(hidden.body()).as(path).isEqualTo(missing.body());
		}
		String task = taskAt(report, Elements.PRELIMINARY_REVIEW).getId();
		for (String path : new String[] { "/engine-rest/task/{id}", "/engine-rest/task/{id}/deployed-form",
				"/engine-rest/task/{id}/form-variables", "/engine-rest/task/{id}/variables",
				"/engine-rest/task/{id}/identity-links" }) {
			HttpResponse<String> hidden = this.http.get(path.replace("{id}", task), "director1", "demo");
			HttpResponse<String> missing = this.http.get(path.replace("{id}", madeUp), "director1", "demo");
			assertThat(hidden.statusCode()).as(path).isEqualTo(missing.statusCode()).isEqualTo(404);
			assertThat(hidden.body()).as(path).isEqualTo(missing.body()).doesNotContain(WhistleblowerProcess.PROCESS_ID);
		}
	}

	private Task taskAt(ProcessInstance report, String activity) {
		return this.tasks.createTaskQuery().processInstanceId(report.getId()).taskDefinitionKey(activity).singleResult();
	}

}
