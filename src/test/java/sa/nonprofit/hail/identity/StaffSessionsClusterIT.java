package sa.nonprofit.hail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.AssociationApplication;
import sa.nonprofit.hail.support.EmbeddedPostgres17;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.LoopbackClient;
import sa.nonprofit.hail.support.PortalClient;

/**
 * Issue 19: two nodes on one PostgreSQL 17 database, no sticky sessions. A staff member signs in to Tasklist on node A;
 * with that cookie and the CSRF token A gave, node B lists the task, claims and completes it through Tasklist's API
 * and opens the case page; signing out on B ends the session on A too. With sessions in each node's memory, B would
 * not know the cookie. The throttles against guessing (staff passwords, reporters' access codes) count failures
 * over both nodes: a client spreading its guesses gets one allowance, not one per node.
 */
class StaffSessionsClusterIT {

	/*
	 * Both nodes run the engine under one name, as every node of a cluster does; a name of this test's own, because
	 * closing a node unregisters it and must not take the shared test contexts' default engine along.
	 */
	private static final String ENGINE = "clusterNodes";

	/** Failed sign-ins one client may make (the test profile allows 100,000; production 10). */
	private static final int SIGN_IN_FAILURES = 4;

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final ObjectMapper json = new ObjectMapper();

	@BeforeAll
	static void startTwoNodesOnOneDatabase() throws Exception {
		String shared = EmbeddedPostgres17.jdbcUrl();
		String name = "cluster_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = DriverManager.getConnection(shared, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		String url = shared.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
		nodeA = start(url);
		nodeB = start(url);
	}

	@AfterAll
	static void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	void signedInOnOneNodeAStaffMemberWorksOnTheOtherAndSignsOutOfBoth() throws Exception {
		PortalClient portal = new PortalClient(port(nodeA));
		HttpResponse<String> filed = portal.postJson("/api/public/support-requests", """
				{"applicantName":"خالد الشمري","nationalId":"1000006013","mobile":"0551234567","email":"",
				 "supportType":"FITNESS_PROGRAM","requestDetails":"برنامج لياقة","declarationAccepted":true}""");
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String number = portal.read(filed).get("requestNumber").asText();
		runAsyncSteps(nodeA);

		Browser browser = new Browser();
		HttpResponse<String> login = browser.signIn(nodeA, "relations1", "demo");
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		// The cookie and the session's length as the container gave them before: only where the session lives changed.
		assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).contains("Path=/").contains("HttpOnly").contains("SameSite=Lax"));
		assertThat(nodeA.getBean(JdbcTemplate.class)
			.queryForList("SELECT DISTINCT max_inactive_interval FROM app_staff_session", Integer.class))
			.as("seconds a staff session lasts unused").containsExactly(1800);

		String tasks = "/camunda/api/engine/engine/" + ENGINE + "/task?processInstanceBusinessKey=" + number;
		HttpResponse<String> listed = browser.get(nodeB, tasks);
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
		JsonNode task = this.json.readTree(listed.body()).get(0);
		assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_VerifyApplication");
		String taskPath = "/camunda/api/engine/engine/" + ENGINE + "/task/" + task.get("id").asText();

		HttpResponse<String> claimed = browser.webappWrite(nodeB, taskPath + "/claim", "{\"userId\":\"relations1\"}");
		assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
		HttpResponse<String> completed = browser.webappWrite(nodeB, taskPath + "/submit-form",
				"{\"variables\":{\"verificationOutcome\":{\"value\":\"VERIFIED\"}}}");
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
		assertThat(nodeA.getBean(HistoryService.class)
			.createHistoricTaskInstanceQuery()
			.taskId(task.get("id").asText())
			.finished()
			.singleResult()
			.getAssignee()).isEqualTo("relations1");

		HttpResponse<String> casePage = browser.get(nodeB, "/cases/" + number);
		assertThat(casePage.statusCode()).as("the case page on node B").isEqualTo(200);
		assertThat(casePage.body()).contains(number);

		HttpResponse<String> logout = browser.webappWrite(nodeB,
				"/camunda/api/admin/auth/user/" + ENGINE + "/logout", "");
		assertThat(logout.statusCode()).as(logout.body()).isLessThan(300);
		assertThat(browser.get(nodeA, tasks).statusCode()).as("Tasklist's API on node A after signing out on B")
			.isEqualTo(401);
		HttpResponse<String> signedOut = browser.get(nodeA, "/cases/" + number);
		assertThat(signedOut.statusCode()).as("the case page on node A after signing out on B").isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).contains("/login"));
	}

	@Test
	void aSessionIdReadFromTheDatabaseOpensNoSession() {
		Browser staff = new Browser();
		assertThat(staff.signIn(nodeA, "auditor1", "demo").statusCode()).isEqualTo(200);
		String tasks = "/camunda/api/engine/engine/" + ENGINE + "/task";
		assertThat(staff.get(nodeB, tasks).statusCode()).as("the staff member's own cookie").isEqualTo(200);
		JdbcTemplate database = nodeA.getBean(JdbcTemplate.class);
		List<String> stored = database.queryForList(
				"SELECT s.session_id FROM app_staff_session s WHERE EXISTS (SELECT 1 FROM app_staff_session_attributes a"
						+ " WHERE a.session_primary_id = s.primary_id AND a.attribute_name LIKE '%uthenticat%')",
				String.class);
		assertThat(stored).as("signed-in sessions in the table").isNotEmpty();
		for (String id : stored) {
			// The cookie Spring Session would write for that id: whoever reads the table or a dump could forge it.
			Browser thief = new Browser();
			thief.cookies.put("JSESSIONID",
					java.util.Base64.getEncoder().encodeToString(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			assertThat(thief.get(nodeB, tasks).statusCode()).as("a cookie made from the stored id %s", id)
				.isEqualTo(401);
		}
	}

	@Test
	void aClientGuessingPasswordsOnBothNodesGetsOneAllowanceNotTwo() {
		Map<String, String> guess = Map.of("Authorization", Http.basic("nobody-here", "guess"));
		LoopbackClient onA = new LoopbackClient(port(nodeA), "127.0.0.21");
		LoopbackClient onB = new LoopbackClient(port(nodeB), "127.0.0.21");
		for (int i = 0; i < SIGN_IN_FAILURES / 2; i++) {
			assertThat(onA.get("/engine-rest/task", guess).status()).isEqualTo(401);
			assertThat(onB.get("/engine-rest/task", guess).status()).isEqualTo(401);
		}
		// Counted in each node's memory, each node had seen half the allowance and would let the guessing go on.
		assertThat(onA.get("/engine-rest/task", guess).status()).as("node A after failures spread over both")
			.isEqualTo(429);
		assertThat(onB.get("/engine-rest/task", guess).status()).as("node B after failures spread over both")
			.isEqualTo(429);
		assertThat(new LoopbackClient(port(nodeB), "127.0.0.22").get("/engine-rest/engine/" + ENGINE + "/task",
				Map.of("Authorization", Http.basic("relations1", "demo"))).status())
			.as("another client with the right password")
			.isEqualTo(200);
		assertThat(nodeA.getBean(JdbcTemplate.class).queryForList("SELECT attempt_key FROM app_failed_attempt",
				String.class)).as("no address is kept").allSatisfy(key -> assertThat(key).matches("[0-9a-f]{64}"));
	}

	@Test
	void wrongAccessCodesSpreadOverBothNodesLockTheGuessingClientOnBoth() {
		PortalClient portal = new PortalClient(port(nodeA));
		JsonNode receipt = portal.read(portal.postJson("/api/public/reports",
				"{\"category\":\"ETHICAL\",\"description\":\"بلاغ في عقدة\"}"));
		String path = "/api/public/reports/" + receipt.get("reportNumber").asText() + "/status";
		String right = "{\"accessCode\":\"" + receipt.get("accessCode").asText() + "\"}";
		LoopbackClient onA = new LoopbackClient(port(nodeA), "127.0.0.23");
		LoopbackClient onB = new LoopbackClient(port(nodeB), "127.0.0.23");
		for (int i = 0; i < 3; i++) {
			assertThat(onA.postJson(path, "{\"accessCode\":\"WRONG-A" + i + "\"}").status()).isEqualTo(404);
			assertThat(onB.postJson(path, "{\"accessCode\":\"WRONG-B" + i + "\"}").status()).isEqualTo(404);
		}
		// Six failures, five allowed per number: in each node's memory three each, and the right code would get in.
		assertThat(onB.postJson(path, right).status()).as("the guessing client with the right code on node B")
			.isEqualTo(404);
		assertThat(onA.postJson(path, right).status()).as("the guessing client with the right code on node A")
			.isEqualTo(404);
		LoopbackClient.Response reporter = new LoopbackClient(port(nodeB), "127.0.0.24").postJson(path, right);
		assertThat(reporter.status()).as("the reporter, from a client of their own").isEqualTo(200);
		assertThat(nodeA.getBean(JdbcTemplate.class).queryForObject(
				"SELECT COUNT(*) FROM app_failed_attempt WHERE attempt_key LIKE 'WB-%' OR attempt_key LIKE '127.%'",
				Integer.class)).as("neither the number nor the address is kept").isZero();
	}

	/**
	 * A browser behind a load balancer without sticky sessions: one cookie jar, whichever node answers. The webapps'
	 * CSRF token is the one node A handed out at sign-in.
	 */
	private static final class Browser {

		private final Map<String, String> cookies = new LinkedHashMap<>();

		private String webappToken;

		HttpResponse<String> signIn(ConfigurableApplicationContext node, String user, String password) {
			this.webappToken = get(node, "/camunda/app/tasklist/" + ENGINE + "/").headers()
				.firstValue("X-XSRF-TOKEN")
				.orElseThrow();
			HttpResponse<String> login = send(node, request(node, "/camunda/api/admin/auth/user/" + ENGINE
					+ "/login/tasklist").header("X-XSRF-TOKEN", this.webappToken)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
				.build());
			// Signing in renews the session and with it the token: the browser takes the new one from node A.
			get(node, "/camunda/app/tasklist/" + ENGINE + "/").headers()
				.firstValue("X-XSRF-TOKEN")
				.ifPresent(token -> this.webappToken = token);
			return login;
		}

		HttpResponse<String> get(ConfigurableApplicationContext node, String path) {
			return send(node, request(node, path).GET().build());
		}

		HttpResponse<String> webappWrite(ConfigurableApplicationContext node, String path, String body) {
			return send(node, request(node, path).header("X-XSRF-TOKEN", this.webappToken)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		private HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
			HttpRequest.Builder request = new Http(port(node)).request(path);
			if (!this.cookies.isEmpty()) {
				request.header("Cookie", String.join("; ",
						this.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
			}
			return request;
		}

		private HttpResponse<String> send(ConfigurableApplicationContext node, HttpRequest request) {
			HttpResponse<String> response = new Http(port(node)).send(request);
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				this.cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
			return response;
		}

	}

	/** The steps the job executor would run now (the applicant's acknowledgement); both nodes have it off. */
	private static void runAsyncSteps(ConfigurableApplicationContext node) {
		ManagementService management = node.getBean(ManagementService.class);
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = management.createJobQuery().executable().messages().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(job -> management.executeJob(job.getId()));
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(AssociationApplication.class).profiles("test", "postgres", "demo")
			.run("--server.port=0", "--spring.datasource.url=" + url, "--DB_URL=" + url, "--DB_USER=postgres",
					"--DB_PASSWORD=postgres", "--camunda.bpm.process-engine-name=" + ENGINE,
					"--app.staff-security.sign-in-failures=" + SIGN_IN_FAILURES);
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

}
