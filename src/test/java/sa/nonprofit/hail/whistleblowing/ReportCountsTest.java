package sa.nonprofit.hail.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.StaffSession;
import sa.nonprofit.hail.support.TestClock;
import sa.nonprofit.hail.whistleblowing.ReportStages.Stage;

/**
 * Issue 13, attacks 5 and 10: counts that tell an accused person a report exists, and the engine superuser reading
 * reports unseen. Aggregates are for the administrator and the system operators; the operators see instances and
 * incidents but never a report's data; every call of the superuser is recorded for the chair.
 */
@ApplicationTest
class ReportCountsTest {

	private static final String[] AGGREGATES = { "/engine-rest/process-definition/statistics",
			"/engine-rest/process-definition/key/WhistleblowerReportProcess/statistics",
			"/engine-rest/metrics/activity-instance-start/sum", "/engine-rest/metrics",
			"/engine-rest/history/process-instance/report?reportType=duration&periodUnit=month",
			"/engine-rest/task/report/candidate-group-count",
			"/engine-rest/history/process-definition/cleanable-process-instance-report" };

	@LocalServerPort
	int port;

	/** The application's clock, on which the break-glass log is kept. */
	@Autowired
	TestClock clock;

	@Autowired
	ProcessEngine engine;

	Http http;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "relations1", "director1", "chair1", "auditor1", "violations1", "vicechair1" })
	void staffGetNoFiguresAcrossInstances(String user) {
		for (String path : AGGREGATES) {
			HttpResponse<String> response = this.http.get(path, user, "demo");
			assertThat(response.statusCode()).as(path).isEqualTo(403);
		}
		StaffSession session = StaffSession.signIn(this.port, user, "tasklist");
		HttpResponse<String> cockpit = session.get(
				"/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
		assertThat(cockpit.statusCode()).isEqualTo(403);
	}

	@Test
	void operatorsAndTheAdministratorWatchTheFigures() {
		for (String user : List.of("ops1", "admin")) {
			assertThat(this.http.get(AGGREGATES[0], user, "demo").statusCode()).as(user).isEqualTo(200);
		}
		StaffSession operator = StaffSession.signIn(this.port, "ops1", "cockpit");
		assertThat(operator.loginStatus()).isEqualTo(200);
		assertThat(operator.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode())
			.isEqualTo(200);
	}

	@Test
	void operatorsSeeTheInstanceButNeverItsData() {
		String marker = "SECRET-" + UUID.randomUUID();
		ProcessInstance report = new ReportStages(this.engine).reportAt(AccusedRole.EMPLOYEE, Stage.INVESTIGATION,
				marker);
		String id = report.getId();
		assertThat(this.http.get("/engine-rest/process-instance?processInstanceIds=" + id, "ops1", "demo").body())
			.contains(id);
		for (String path : List.of("/engine-rest/variable-instance?processInstanceIdIn=" + id,
				"/engine-rest/history/variable-instance?processInstanceId=" + id,
				"/engine-rest/history/detail?processInstanceId=" + id, "/engine-rest/task?processInstanceId=" + id,
				"/engine-rest/history/task?processInstanceId=" + id,
				"/engine-rest/history/activity-instance?processInstanceId=" + id)) {
			HttpResponse<String> response = this.http.get(path, "ops1", "demo");
			assertThat(response.body()).as(path).isEqualTo("[]");
		}
		// Nor one guess at a time, by filtering instances on a variable's value.
		assertThat(this.http.get("/engine-rest/process-instance?variables=description_like_%25" + marker + "%25",
				"ops1", "demo").statusCode()).isEqualTo(403);
		assertThat(this.http.postJson("/engine-rest/process-instance", "{\"variables\":[{\"name\":\"description\","
				+ "\"operator\":\"like\",\"value\":\"%" + marker + "%\"}]}", "ops1", "demo").statusCode()).isEqualTo(403);
		StaffSession cockpit = StaffSession.signIn(this.port, "ops1", "cockpit");
		HttpResponse<String> probe = cockpit.webappJson("POST",
				"/camunda/api/cockpit/plugin/base/default/process-instance",
				"{\"variables\":[{\"name\":\"description\",\"operator\":\"like\",\"value\":\"%" + marker + "%\"}]}");
		assertThat(probe.statusCode()).isEqualTo(403);
		assertThat(this.http.get("/engine-rest/process-instance?variables=description_like_%25" + marker + "%25",
				"auditor1", "demo").body()).contains(id);
		HttpResponse<String> variables = this.http.get("/engine-rest/process-instance/" + id + "/variables", "ops1",
				"demo");
		assertThat(variables.statusCode()).isEqualTo(404);
		assertThat(variables.body()).doesNotContain(marker);
		// Operators retry failed jobs; a retry count of zero would silence a deadline's timer.
		String timer = this.engine.getManagementService().createJobQuery().processInstanceId(id).timers().list().get(0)
			.getId();
		HttpResponse<String> silenced = this.http.send(this.http.request("/engine-rest/job/" + timer + "/retries")
			.header("Authorization", Http.basic("ops1", "demo"))
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"retries\":0}"))
			.build());
		assertThat(silenced.statusCode()).isEqualTo(400);
		java.util.Date due = this.engine.getManagementService().createJobQuery().jobId(timer).singleResult().getDuedate();
		HttpResponse<String> postponed = this.http.send(this.http.request("/engine-rest/job/" + timer + "/retries")
			.header("Authorization", Http.basic("ops1", "demo"))
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers
				.ofString("{\"retries\":3,\"dueDate\":\"2099-01-01T00:00:00.000+0300\"}"))
			.build());
		assertThat(postponed.statusCode()).isEqualTo(400);
		assertThat(this.engine.getManagementService().createJobQuery().jobId(timer).singleResult().getDuedate())
			.isEqualTo(due);
		assertThat(this.engine.getManagementService().createJobQuery().jobId(timer).singleResult().getRetries())
			.isPositive();
	}

	@Test
	void everyCallOfTheSuperuserIsRecordedForTheChair() throws Exception {
		ProcessInstance report = new ReportStages(this.engine).receive(AccusedRole.EMPLOYEE, "x");
		String path = "/engine-rest/history/variable-instance?processInstanceId=" + report.getId();
		assertThat(this.http.get(path, "admin", "demo").body()).contains(report.getId());
		assertThat(this.http.postJson("/engine-rest/variable-instance", "{\"processInstanceIdIn\":[\"" + report.getId()
				+ "\"],\"variableName\":\"description\"}", "admin", "demo").statusCode()).isEqualTo(200);
		StaffSession session = StaffSession.signIn(this.port, "admin", "cockpit");
		session.get("/api/kpi?from=2026-01-01&to=2026-01-02");
		assertThat(this.http.get("/actuator/metrics", "admin", "demo").statusCode()).isEqualTo(200);
		// An encoded path is the same path: /%61pi/kpi is /api/kpi, served and recorded alike.
		assertThat(this.http.get("/%61pi/kpi?from=2026-01-03&to=2026-01-04", "admin", "demo").statusCode())
			.isEqualTo(200);
		String today = LocalDate.now(this.clock).toString(); // the break-glass log is kept on the application clock
		String audit = "/api/audit/break-glass?from=" + today + "&to=" + today;
		JsonNode entries = this.json.readTree(this.http.get(audit, "chair1", "demo").body());
		// Which report was opened, from the query string and from the ids a body names.
		assertThat(entries.findValuesAsText("path")).contains(path)
			.anyMatch(recorded -> recorded.startsWith("/engine-rest/variable-instance") && recorded.contains(report.getId()))
			.anyMatch(recorded -> recorded.startsWith("/api/kpi?from=2026-01-01"))
			.anyMatch(recorded -> recorded.startsWith("/api/kpi?from=2026-01-03"))
			.contains("/actuator/metrics");
		assertThat(entries.findValuesAsText("action")).contains("SIGN_IN", "ENGINE_CALL", "STAFF_API_CALL");
		assertThat(entries.findValuesAsText("userId")).containsOnly("admin");
		for (String user : List.of("auditor1", "director1", "ops1", "relations1")) {
			assertThat(this.http.get(audit, user, "demo").statusCode()).as(user).isEqualTo(403);
		}
	}

	@Test
	void theSuperusersTrailNeverTellsTheAccusedChairThatAReportExists() throws Exception {
		ProcessInstance report = new ReportStages(this.engine).receive(AccusedRole.BOARD_CHAIR, "x");
		String number = report.getBusinessKey();
		this.http.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + number, "admin", "demo");
		this.http.get("/engine-rest/history/variable-instance?processInstanceId=" + report.getId(), "admin", "demo");
		// the same number, percent-encoded: the engine decodes it, so the trail must hide it too
		String encoded = number.replace("-", "%2D");
		this.http.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + encoded, "admin", "demo");
		String today = LocalDate.now(this.clock).toString(); // the break-glass log is kept on the application clock
		String audit = "/api/audit/break-glass?from=" + today + "&to=" + today;
		String chair = this.http.get(audit, "chair1", "demo").body();
		String viceChair = this.http.get(audit, "vicechair1", "demo").body();
		assertThat(chair).doesNotContain(number).doesNotContain(encoded).doesNotContain(report.getId())
			.doesNotContain("\"id\"");
		assertThat(viceChair).contains(encoded);
		assertThat(viceChair).contains(number).contains(report.getId());
	}

	@Test
	void theSuperuserCannotRunCodeThroughASavedFilter() {
		long filters = this.engine.getFilterService().createFilterQuery().count();
		String expression = "{\"resourceType\":\"Task\",\"name\":\"Open tasks\",\"owner\":\"admin\",\"query\":"
				+ "{\"candidateGroupExpression\":\"${jdbcTemplate.update(\\\"DELETE FROM app_break_glass_log\\\") >= 0 ? 'a' : 'b'}\"}}";
		HttpResponse<String> saved = this.http.postJson("/engine-rest/filter/create", expression, "admin", "demo");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(400);
		assertThat(this.engine.getFilterService().createFilterQuery().count()).isEqualTo(filters);
		// And the engine itself evaluates no expression kept in a saved query, whoever saved it.
		var filter = this.engine.getFilterService()
			.newTaskFilter("expression test")
			.setQuery(this.engine.getTaskService().createTaskQuery().taskCandidateGroupExpression("${'x'}"));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.engine.getFilterService().saveFilter(filter))
			.hasMessageContaining("xpression");
	}

	@Test
	void theChairsFiguresLeaveOutAReportAgainstTheChair() throws Exception {
		new ReportStages(this.engine).reportAt(AccusedRole.BOARD_CHAIR, Stage.CHAIR_APPROVAL, "x");
		LocalDate day = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Riyadh"));
		String today = day.toString();
		String kpi = "/api/kpi?from=" + today + "&to=" + today;
		JsonNode chair = this.json.readTree(this.http.get(kpi, "chair1", "demo").body());
		JsonNode admin = this.json.readTree(this.http.get(kpi, "admin", "demo").body());
		// The vice chair also investigates reports against a committee member, which the chair may read.
		var viceChairTasks = this.engine.getTaskService().createTaskQuery().taskCandidateGroup("board-vice-chair");
		long all = viceChairTasks.count();
		long againstTheChair = this.engine.getTaskService()
			.createTaskQuery()
			.taskCandidateGroup("board-vice-chair")
			.processVariableValueEquals(WhistleblowerProcess.Variables.ACCUSED_ROLE, "BOARD_CHAIR")
			.count();
		assertThat(againstTheChair).isPositive();
		assertThat(openTasks(chair, "board-vice-chair")).isEqualTo(all - againstTheChair);
		assertThat(openTasks(admin, "board-vice-chair")).isEqualTo(all);
		long chairReports = started(chair, WhistleblowerProcess.PROCESS_ID);
		long visibleToChair = Long.parseLong(this.http.get("/engine-rest/history/process-instance/count?"
				+ "processDefinitionKey=WhistleblowerReportProcess&startedAfter=" + today + "T00:00:00.000%2B0300"
				+ "&startedBefore=" + day.plusDays(1) + "T00:00:00.000%2B0300",
				"chair1", "demo").body().replaceAll("\\D", ""));
		assertThat(chairReports).isEqualTo(visibleToChair).isLessThan(started(admin, WhistleblowerProcess.PROCESS_ID));
		assertThat(started(chair, "BeneficiaryRequestProcess")).isEqualTo(started(admin, "BeneficiaryRequestProcess"));
	}

	private static long openTasks(JsonNode kpi, String group) {
		for (JsonNode load : kpi.get("openTasks")) {
			if (load.get("group").asText().equals(group)) {
				return load.get("openTasks").asLong();
			}
		}
		return 0;
	}

	private static long started(JsonNode kpi, String process) {
		for (JsonNode counts : kpi.get("processes")) {
			if (counts.get("process").asText().equals(process)) {
				return counts.get("started").asLong();
			}
		}
		throw new AssertionError(process);
	}


}
