package sa.nonprofit.hail.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.AssociationApplication;

/**
 * Tasklist as staff see it, at 1,000, 10,000 and 100,000 open tasks on PostgreSQL 17: {@code POST
 * /engine-rest/filter/{id}/list?firstResult=0&maxResults=15} (HAL, newest first, as Tasklist sends it) and {@code POST
 * /engine-rest/filter/{id}/count}, as each staff user on their own filter and as the administrator on the same filter
 * (the baseline: the engine skips its checks), interleaved call by call, right after seeding and again after
 * {@code ANALYZE}; each call once with the engine's own task query and once with {@code TaskQueryAuthorization}'s,
 * switched in the running engine. Every answer is checked: status 200, the page holds 15 tasks of the user's kind, and the
 * count is the number of the user's cases as seeded. Then {@code EXPLAIN (ANALYZE, BUFFERS)} of the staff queries, taken
 * by auto_explain from the statements the engine really ran. Sizes from {@code TASKLIST_SIZES} (default
 * 1000,10000,100000). Raw output: {@code bench/results/<date>-tasklist.txt}. Run: {@code ./mvnw -Pbench test-compile
 * exec:exec -Dbench=TasklistBenchmark}.
 */
public final class TasklistBenchmark {

	static final int PAGE = 15;

	static final int WARMUP = 3;

	static final int ROUNDS = 20;

	/** A phase stops early once it has run this long (slow plans at 100,000): its figures say how many calls. */
	static final Duration PHASE_BUDGET = Duration.ofSeconds(90);

	static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

	/** What Tasklist posts for a filter's first page (tasklist's task list, sorted newest first). */
	static final String TASKLIST_BODY = """
			{"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],\
			"sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final BenchOutput out = new BenchOutput("tasklist");

	/** Above this many open tasks the engine's own join is not measured: at 10,000 it took half a minute a call. */
	private final int engineJoinUpTo = BenchOutput.env("TASKLIST_ENGINE_JOIN_UP_TO", 20_000);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private String base;

	private DbSqlSessionFactory sessions;

	private TasklistBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		new TasklistBenchmark().run();
	}

	private void run() throws Exception {
		int[] sizes = Arrays.stream(BenchOutput.env("TASKLIST_SIZES", "1000,10000,100000").split(","))
			.mapToInt(s -> Integer.parseInt(s.trim()))
			.toArray();
		Path pgLogs = Files.createTempDirectory("tasklist-bench-pg");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("timezone", "Asia/Riyadh")
			.setServerConfig("shared_preload_libraries", "auto_explain")
			.setServerConfig("auto_explain.log_analyze", "on")
			.setServerConfig("auto_explain.log_buffers", "on")
			.setServerConfig("logging_collector", "on")
			.setServerConfig("log_directory", pgLogs.toString())
			.setServerConfig("log_filename", "postgres.log")
			.start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			ConfigurableApplicationContext context = new SpringApplicationBuilder(AssociationApplication.class)
				.profiles("postgres", "demo")
				.properties("DB_URL=" + url, "DB_USER=postgres", "DB_PASSWORD=postgres", "server.port=0",
						"camunda.bpm.job-execution.enabled=false", "logging.level.root=WARN",
						"logging.level.sa.nonprofit=WARN")
				.run();
			try {
				this.base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort()
						+ "/engine-rest";
				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				line("Tasklist at scale, %s, PostgreSQL %s, %d cores, Java %s", LocalDate.now(),
						jdbc.queryForObject("SHOW server_version", String.class), Runtime.getRuntime().availableProcessors(),
						System.getProperty("java.version"));
				line("revoke checks: %s; body: %s", context.getEnvironment()
					.getProperty("camunda.bpm.generic-properties.properties.authorization-check-revokes", "auto (default)"),
						TASKLIST_BODY);
				ProcessEngine processEngine = context.getBean(ProcessEngine.class);
				DbSqlSessionFactory sessions = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
					.getDbSqlSessionFactory();
				this.sessions = sessions;
				Variant perTask = new Variant("checked per task", sessions.getStatementMappings());
				Map<String, String> enginesOwn = new HashMap<>(sessions.getStatementMappings());
				enginesOwn.remove("selectTaskByQueryCriteria");
				enginesOwn.remove("selectTaskCountByQueryCriteria");
				Variant engine = new Variant("engine's join", enginesOwn);
				TasklistSeed seed = new TasklistSeed(processEngine, jdbc);
				long started = System.nanoTime();
				seed.startTemplates();
				line("real template cases started through the engine in %.1f s: %d requests, %d reports for the auditors, %d for the chair",
						seconds(started), TasklistSeed.REQUEST_TEMPLATES, TasklistSeed.REPORTS_FOR_AUDITORS,
						TasklistSeed.REPORTS_FOR_CHAIR);
				for (int size : sizes) {
					started = System.nanoTime();
					seed.grow(size);
					line("%n== %,d open tasks (seeded to this size in %.1f s; %,d task authorizations, %,d identity links)",
							seed.tasks(), seconds(started),
							jdbc.queryForObject("SELECT count(*) FROM act_ru_authorization WHERE resource_type_ = 7", Long.class),
							jdbc.queryForObject("SELECT count(*) FROM act_ru_identitylink", Long.class));
					List<Staff> staff = staff(seed);
					List<Variant> variants = seed.tasks() <= this.engineJoinUpTo ? List.of(engine, perTask)
							: List.of(perTask);
					if (variants.size() == 1) {
						line("(the engine's join not measured above %,d open tasks: TASKLIST_ENGINE_JOIN_UP_TO)",
								this.engineJoinUpTo);
					}
					measure(staff, "right after seeding", variants);
					jdbc.execute("ANALYZE");
					measure(staff, "after ANALYZE", variants);
					for (Variant variant : variants) {
						variant.setStatementMappings(sessions);
						explain(jdbc, pgLogs, staff.get(0), seed.tasks(), variant.name());
					}
				}
			}
			finally {
				context.close();
			}
		}
	}

	/** Each staff user on their own filter, with what they must find there. */
	private List<Staff> staff(TasklistSeed seed) throws Exception {
		Set<String> report = Set.of("Task_AcknowledgeReceipt", "Task_NotifyLeadership");
		return List.of(new Staff("relations1", filterOf("relations1"), seed.requests(), Set.of("Task_VerifyApplication")),
				new Staff("auditor1", filterOf("auditor1"), seed.reportTasksForAuditors(), report),
				new Staff("chair1", filterOf("chair1"), seed.reportTasksForChair(), report));
	}

	/** A staff user reads one filter only: their group's. */
	private String filterOf(String user) throws Exception {
		HttpResponse<String> response = this.client.send(request(user, "/filter?resourceType=Task").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode filters = JSON.readTree(response.body());
		if (response.statusCode() != 200 || filters.size() != 1) {
			throw new IllegalStateException(user + " should read exactly one filter: " + response.body());
		}
		return filters.get(0).get("id").asText();
	}

	/**
	 * Both variants of the task query in one phase, call by call: the engine's own statement and ours, switched in the
	 * running engine (TaskQueryAuthorization's statement mappings), each staff call beside the administrator's.
	 */
	private void measure(List<Staff> staff, String phase, List<Variant> variants) throws Exception {
		Map<String, List<Double>> times = new LinkedHashMap<>();
		long started = System.nanoTime();
		int rounds = 0;
		for (int round = 0; round < WARMUP + ROUNDS; round++) {
			for (Staff member : staff) {
				for (Variant variant : variants) {
					for (String user : List.of(member.user(), "admin")) {
						variant.setStatementMappings(this.sessions);
						String key = String.format("%-16s %-10s on %-10s", variant.name(), user, member.user() + "'s");
						double list = list(member, user);
						double count = count(member, user);
						if (round >= WARMUP) {
							times.computeIfAbsent(key + " list ", k -> new ArrayList<>()).add(list);
							times.computeIfAbsent(key + " count", k -> new ArrayList<>()).add(count);
						}
					}
				}
			}
			rounds = round + 1 - WARMUP;
			if (Duration.ofNanos(System.nanoTime() - started).compareTo(PHASE_BUDGET) > 0 && round >= WARMUP) {
				break;
			}
		}
		line("-- %s: %d measured rounds after %d warm-up, each call checked (ms)", phase, rounds, WARMUP);
		times.forEach((key, values) -> {
			List<Double> sorted = values.stream().sorted().toList();
			line("  %s  p50 %8.1f  p95 %8.1f  max %8.1f  (n=%d)", key, BenchOutput.quantile(sorted, 0.50), BenchOutput.quantile(sorted, 0.95),
					sorted.get(sorted.size() - 1), sorted.size());
		});
	}

	private double list(Staff member, String user) throws Exception {
		Timed call = post(user, "/filter/" + member.filter() + "/list?firstResult=0&maxResults=" + PAGE,
				"application/hal+json");
		JsonNode page = JSON.readTree(call.response().body());
		JsonNode tasks = page.path("_embedded").path("task");
		int expected = Math.min(PAGE, member.visible());
		if (tasks.size() != expected || page.path("count").asLong(-1) != member.visible()) {
			throw new IllegalStateException(user + " on " + member.user() + "'s filter: " + tasks.size() + " tasks, count "
					+ page.path("count") + ", expected " + expected + " of " + member.visible());
		}
		// The order is the filter's (due date first, saved with it), then Tasklist's newest first: not checked here.
		for (JsonNode task : tasks) {
			if (!member.activities().contains(task.path("taskDefinitionKey").asText())) {
				throw new IllegalStateException(user + " got a task of " + task.path("taskDefinitionKey"));
			}
		}
		return call.millis();
	}

	private double count(Staff member, String user) throws Exception {
		Timed call = post(user, "/filter/" + member.filter() + "/count", "application/json");
		long count = JSON.readTree(call.response().body()).path("count").asLong(-1);
		if (count != member.visible()) {
			throw new IllegalStateException(user + " counted " + count + " on " + member.user() + "'s filter, expected "
					+ member.visible());
		}
		return call.millis();
	}

	/** Tasklist's body posted as the user, timed from send to the whole answer; anything but 200 ends the run. */
	private Timed post(String user, String path, String accept) throws Exception {
		HttpRequest request = request(user, path).header("Accept", accept)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(TASKLIST_BODY))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = send(request);
		double millis = (System.nanoTime() - started) / 1e6;
		check(response, user + " " + path);
		return new Timed(response, millis);
	}

	record Timed(HttpResponse<String> response, double millis) {
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException timedOut) {
			line("TIMEOUT after %s: %s", CALL_TIMEOUT, request.uri());
			throw timedOut;
		}
	}

	private HttpRequest.Builder request(String user, String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(CALL_TIMEOUT)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
	}

	private static void check(HttpResponse<String> response, String what) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
		}
	}

	/** One list and one count as the staff user with auto_explain on: the plans of the task queries the engine ran. */
	private void explain(JdbcTemplate jdbc, Path pgLogs, Staff member, int size, String variant) throws Exception {
		Path log = pgLogs.resolve("postgres.log");
		long before = Files.exists(log) ? Files.size(log) : 0;
		jdbc.execute("ALTER SYSTEM SET auto_explain.log_min_duration = 0");
		jdbc.execute("SELECT pg_reload_conf()");
		Thread.sleep(500);
		try {
			list(member, member.user());
			count(member, member.user());
		}
		finally {
			jdbc.execute("ALTER SYSTEM RESET auto_explain.log_min_duration");
			jdbc.execute("SELECT pg_reload_conf()");
		}
		Thread.sleep(500);
		String text;
		try (var input = Files.newInputStream(log)) {
			input.skipNBytes(before);
			text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> plans = Stream.of(text.split("(?=\\S+ \\S+ \\S+ \\[\\d+\\] LOG:)"))
			.filter(entry -> entry.contains("ACT_RU_TASK RES"))
			.toList();
		line("-- EXPLAIN (ANALYZE, BUFFERS) of %s's task queries at %,d tasks, after ANALYZE, %s (auto_explain):",
				member.user(), size, variant);
		plans.forEach(plan -> line("%s", plan.strip()));
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	private void line(String format, Object... args) {
		this.out.line(format, args);
	}

	/** A staff user, their filter, how many tasks they may see there and the tasks their cases wait in. */
	record Staff(String user, String filter, int visible, Set<String> activities) {
	}

	/** Which statements the running engine uses for the task query. */
	record Variant(String name, Map<String, String> statements) {

		void setStatementMappings(DbSqlSessionFactory sessions) {
			sessions.setStatementMappings(this.statements);
		}

	}

}
