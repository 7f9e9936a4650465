package sa.nonprofit.hail.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import sa.nonprofit.hail.AssociationApplication;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.PortalClient;
import sa.nonprofit.hail.support.RestartablePostgres;

/**
 * Issue 19: the database restarts in the middle of a load. A node (an application context in this JVM, with its real
 * job executor) serves several portal clients submitting support requests and reports without pause, while a batch of
 * deadlines comes due, half of them before and half while the database is stopped (fast shutdown: every session cut,
 * as a crash or a restart does). Every receipt handed out has exactly one case behind it and no number is given
 * twice; every refusal is a prompt 503 with Retry-After, never a 500 or a hang; once the database is back the same
 * node accepts submissions again; every deadline fires exactly once and no job is left locked, failed or due.
 */
class DatabaseRestartIT {

	private static final int CLIENTS = 4;

	private static final int TIMERS = 60;

	private static final Duration OUTAGE = Duration.ofSeconds(6);

	/** The connection timeout (2.5 s) with room for a busy machine. */
	private static final Duration PROMPT = Duration.ofSeconds(6);

	private static RestartablePostgres database;

	private static ConfigurableApplicationContext app;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void startDatabaseAndNode() {
		database = RestartablePostgres.create("database-restart-it");
		String url = database.jdbcUrl();
		app = new SpringApplicationBuilder(AssociationApplication.class).profiles("test", "postgres", "demo")
			.run("--server.port=0", "--spring.datasource.url=" + url, "--DB_URL=" + url, "--DB_USER=postgres",
					"--DB_PASSWORD=postgres", "--camunda.bpm.process-engine-name=databaseRestart",
					// The real job executor, looking for due jobs every half second instead of every 5 s.
					"--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=500",
					"--camunda.bpm.job-execution.max-wait=1000",
					// A job the node was running when the database went away stays locked in its name (the failure could
					// not be written): it runs again once the lock time is out, 5 minutes in production, 20 s here.
					"--camunda.bpm.job-execution.lock-time-in-millis=20000");
		// The test's own connections, outside the node's pool.
		jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
		jdbc.execute("CREATE TABLE fault_marker (instance_id VARCHAR(64) NOT NULL, batch VARCHAR(10) NOT NULL, node BIGINT)");
		app.getBean(RepositoryService.class).createDeployment().addClasspathResource("cluster/DrainProcess.bpmn").deploy();
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void aDatabaseRestartMidLoadLosesNoReceiptDoublesNoCaseAndFiresEveryDeadlineOnce() throws Exception {
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		List<String> dueDuringTheOutage = deadlines();
		Load load = new Load(port);
		awaitTrue(Duration.ofSeconds(60), () -> load.receipts() >= CLIENTS * 2L && markers() >= TIMERS / 2);

		// The other half come due two seconds into the outage.
		ManagementService management = app.getBean(ManagementService.class);
		Date duringTheOutage = Date.from(Instant.now().plusSeconds(2));
		dueDuringTheOutage.forEach(job -> management.setJobDuedate(job, duringTheOutage));
		database.stop();
		Instant stopped = Instant.now();
		Thread.sleep(OUTAGE.toMillis());
		assertThat(load.answers()).as("refusals while the database was away")
			.anySatisfy(answer -> assertThat(answer.status()).isEqualTo(503));
		database.start();
		Instant restarted = Instant.now();

		// The same node, not restarted, takes submissions again from every client.
		awaitTrue(Duration.ofSeconds(60), () -> load.receiptsStartedAfter(restarted) >= CLIENTS * 2L);
		load.stop();
		awaitTrue(Duration.ofSeconds(120), () -> markers() >= TIMERS && dueJobs() == 0);

		List<Answer> answers = load.answers();
		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.status()).as("%s", answer).isIn(201, 503);
			assertThat(answer.took()).as("%s", answer).isLessThan(PROMPT);
			if (answer.status() == 503) {
				assertThat(answer.retryAfter()).as("%s", answer).isEqualTo("30");
				assertThat(answer.body()).as("%s", answer).contains("غير متاحة مؤقتاً");
			}
		});
		List<String> numbers = answers.stream().filter(answer -> answer.status() == 201).map(Answer::number).toList();
		assertThat(numbers).as("receipts").doesNotHaveDuplicates().doesNotContainNull();
		for (String number : numbers) {
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ = ?", Long.class,
					number)).as("cases behind receipt %s", number).isOne();
			if (number.startsWith("WB-")) {
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_issued_number WHERE case_number = ?",
						Long.class, number)).as("issued number %s", number).isOne();
			}
		}
		assertThat(jdbc.queryForList("""
				SELECT business_key_ FROM act_hi_procinst WHERE business_key_ IS NOT NULL
				GROUP BY business_key_ HAVING COUNT(*) > 1""", String.class)).as("numbers given twice").isEmpty();

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fault_marker WHERE batch = 'restart'", Long.class))
			.as("deadlines fired").isEqualTo(TIMERS);
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT instance_id) FROM fault_marker WHERE batch = 'restart'",
				Long.class)).as("deadlines fired, each once").isEqualTo(TIMERS);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_job WHERE process_def_key_ = 'DrainProcess'",
				Long.class)).as("deadlines left").isZero();
		assertThat(jdbc.queryForList("SELECT lock_owner_ FROM act_ru_job WHERE lock_owner_ IS NOT NULL", String.class))
			.as("jobs left locked").isEmpty();
		assertThat(jdbc.queryForList("SELECT exception_msg_ FROM act_ru_job WHERE retries_ = 0", String.class))
			.as("jobs failed for good").isEmpty();
		assertThat(jdbc.queryForList("SELECT incident_msg_ FROM act_ru_incident", String.class)).as("incidents").isEmpty();
		System.out.printf("DatabaseRestartIT: %d answers, %d receipts, %d refusals (503), outage %s%n", answers.size(),
				numbers.size(), answers.stream().filter(answer -> answer.status() == 503).count(),
				Duration.between(stopped, restarted));
	}

	/**
	 * {@value #TIMERS} deadlines of the test process (its delegate writes a marker row in the job's transaction): half
	 * due at once, half held an hour away until the test moves them into the outage. Returns the held timers' job ids.
	 */
	private static List<String> deadlines() {
		ManagementService management = app.getBean(ManagementService.class);
		RuntimeService runtime = app.getBean(RuntimeService.class);
		management.suspendJobDefinitionByProcessDefinitionKey("DrainProcess", true);
		Date later = Date.from(Instant.now().plus(Duration.ofHours(1)));
		List<String> held = new ArrayList<>();
		for (int i = 0; i < TIMERS; i++) {
			String instance = runtime
				.startProcessInstanceByKey("DrainProcess", Map.of("batch", "restart", "workMillis", 100))
				.getId();
			if (i % 2 == 1) {
				Job timer = management.createJobQuery().processInstanceId(instance).singleResult();
				management.setJobDuedate(timer.getId(), later);
				held.add(timer.getId());
			}
		}
		management.activateJobDefinitionByProcessDefinitionKey("DrainProcess", true);
		return held;
	}

	private static long markers() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM fault_marker WHERE batch = 'restart'", Long.class);
	}

	/** Jobs due now or overdue, locked or not: asynchronous steps (no due date) and timers past their time. */
	private static long dueJobs() {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM act_ru_job WHERE (duedate_ IS NULL OR duedate_ <= LOCALTIMESTAMP) AND retries_ > 0",
				Long.class);
	}

	private static void awaitTrue(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Not reached within " + timeout + "; jobs: " + jdbc.queryForList(
						"SELECT process_def_key_, lock_owner_, retries_, duedate_, exception_msg_ FROM act_ru_job"));
			}
			Thread.sleep(250);
		}
	}

	/** One answer a portal client got: when it asked, what came back, how long it took. */
	record Answer(Instant asked, int status, String number, String retryAfter, String body, Duration took) {
	}

	/** Portal clients submitting without pause, support requests and reports in turn, each on its own thread. */
	static final class Load {

		private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

		private final List<Future<?>> loops = new ArrayList<>();

		Load(int port) {
			for (int i = 0; i < CLIENTS; i++) {
				PortalClient portal = new PortalClient(port);
				this.loops.add(this.clients.submit(() -> {
					for (int n = 0; this.running.get(); n++) {
						this.answers.add(n % 2 == 0 ? submit(portal, "/api/public/support-requests", SUPPORT_REQUEST,
								"requestNumber") : submit(portal, "/api/public/reports", REPORT, "reportNumber"));
					}
					return null;
				}));
			}
		}

		private static final String SUPPORT_REQUEST = """
				{"applicantName":"خالد الشمري","nationalId":"1000006013","mobile":"0551234567","email":"",
				 "supportType":"FITNESS_PROGRAM","requestDetails":"برنامج لياقة","declarationAccepted":true}""";

		private static final String REPORT = "{\"category\":\"FINANCIAL\",\"description\":\"صرف دون مستندات\"}";

		private static Answer submit(PortalClient portal, String path, String body, String numberField) {
			Instant asked = Instant.now();
			HttpResponse<String> response = portal.postJson(path, body);
			Duration took = Duration.between(asked, Instant.now());
			String number = response.statusCode() == 201 ? portal.read(response).get(numberField).asText() : null;
			return new Answer(asked, response.statusCode(), number,
					response.headers().firstValue("Retry-After").orElse(null), response.body(), took);
		}

		long receipts() {
			return this.answers.stream().filter(answer -> answer.status() == 201).count();
		}

		long receiptsStartedAfter(Instant instant) {
			return this.answers.stream().filter(answer -> answer.status() == 201 && answer.asked().isAfter(instant)).count();
		}

		List<Answer> answers() {
			return List.copyOf(this.answers);
		}

		/** Stops the clients, failing if one hangs in a call. */
		void stop() throws Exception {
			this.running.set(false);
			for (Future<?> loop : this.loops) {
				loop.get(30, TimeUnit.SECONDS);
			}
			this.clients.shutdown();
		}

	}

}
