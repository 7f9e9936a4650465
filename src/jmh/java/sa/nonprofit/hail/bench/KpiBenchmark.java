package sa.nonprofit.hail.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.AssociationApplication;
import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.beneficiary.SatisfactionSurveys;
import sa.nonprofit.hail.whistleblowing.BenchReports;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * {@code GET /api/kpi} for the last year over {@value #INSTANCES} instances of each process in PostgreSQL 17, as the
 * board chair (whose figures leave out reports against the chair, checked per report) and as the administrator
 * (no check), from {@value #READERS} concurrent readers. The data are real: {@value #TEMPLATES} requests and reports
 * are taken through the real processes (every variable, task and grant they write), 90% to their end and 10% left open
 * with their tasks, then copied in SQL ({@link InstanceClones}) over two years (the open ones over the last 60 days).
 * Every answer is checked: status 200 and the instance counts equal to what the database holds for that reader.
 * Raw output: {@code bench/results/<date>-kpi.txt}. Run:
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench=KpiBenchmark} ({@code KPI_INSTANCES=10000} before it for a quick run).
 */
public final class KpiBenchmark {

	static final int INSTANCES = BenchOutput.env("KPI_INSTANCES", 100_000);

	static final int TEMPLATES = 20;

	static final int READERS = 4;

	static final int WARMUP = 10;

	static final int CALLS_PER_READER = 40;

	private static final ObjectMapper JSON = new ObjectMapper();

	private KpiBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchOutput out = new BenchOutput("kpi");
		out.line("# kpi, %d cores, Java %s", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		// Seeding writes millions of rows: fewer checkpoints while it does. The reads measured are not affected.
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_wal_size", "8GB").start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			ConfigurableApplicationContext context = new SpringApplicationBuilder(AssociationApplication.class)
				.profiles("postgres", "demo")
				.properties("DB_URL=" + url, "DB_USER=postgres", "DB_PASSWORD=postgres", "server.port=0",
						"camunda.bpm.job-execution.enabled=false", "logging.level.root=WARN")
				.run();
			try {
				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				long seeding = System.nanoTime();
				long rows = seed(context, jdbc);
				jdbc.execute("ANALYZE");
				out.line("seeded %,d instances of each process (%,d rows copied) in %.0f s; %,d history variables, %,d open tasks, %,d authorizations",
						INSTANCES, rows, (System.nanoTime() - seeding) / 1e9,
						jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_varinst", Long.class),
						jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task", Long.class),
						jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_authorization", Long.class));
				int port = ((WebServerApplicationContext) context).getWebServer().getPort();
				measure(port, jdbc, out);
			}
			finally {
				context.close();
			}
		}
		System.out.println("raw output: " + out.file());
	}

	/** 20 of each process through the real models: 18 to their end, 2 left open; then copied to the full size. */
	private static long seed(ConfigurableApplicationContext context, JdbcTemplate jdbc) {
		ProcessEngine engine = context.getBean(ProcessEngine.class);
		BeneficiaryThroughputBenchmark.Lifecycle requests = new BeneficiaryThroughputBenchmark.Lifecycle(engine,
				context.getBean(SatisfactionSurveys.class), false);
		BenchReports reports = new BenchReports(engine);
		int openTemplates = TEMPLATES / 10;
		List<String> closed = new ArrayList<>();
		List<String> open = new ArrayList<>();
		for (int n = 0; n < TEMPLATES - openTemplates; n++) {
			requests.run(true, 700_000 + n);
			// One report in six is against the chair: the chair's figures must leave it out.
			closed.add(reports.closed(n % 6 == 0, "قالب " + n));
		}
		closed.addAll(jdbc.queryForList("SELECT proc_inst_id_ FROM act_hi_procinst WHERE proc_def_key_ = ? AND end_time_ IS NOT NULL",
				String.class, BeneficiaryProcess.PROCESS_ID));
		for (int n = 0; n < openTemplates; n++) {
			open.add(requests.start(true, 800_000 + n));
			open.add(reports.open(n % 2 == 1, n));
		}
		InstanceClones clones = new InstanceClones(jdbc);
		clones.template("closed", closed);
		clones.template("open", open);
		int closedCopies = (INSTANCES - INSTANCES / 10) / (TEMPLATES - openTemplates) - 1;
		int openCopies = (INSTANCES / 10) / openTemplates - 1;
		return clones.withoutSecondaryIndexes(
				() -> clones.copy("closed", closedCopies, Duration.ofDays(730).dividedBy(closedCopies), false)
						+ clones.copy("open", openCopies, Duration.ofDays(60).dividedBy(openCopies), true));
	}

	private static void measure(int port, JdbcTemplate jdbc, BenchOutput out) throws Exception {
		LocalDate to = LocalDate.now(ZoneId.of("Asia/Riyadh"));
		LocalDate from = to.minusYears(1).plusDays(1);
		String path = "/api/kpi?from=" + from + "&to=" + to;
		Map<String, Map<String, Long>> expected = Map.of("chair1", started(jdbc, from, to, true), "admin",
				started(jdbc, from, to, false));
		out.line("instances started in %s..%s as each reader may count them: %s", from, to, expected);
		HttpClient client = HttpClient.newHttpClient();
		for (String reader : expected.keySet()) {
			for (int i = 0; i < WARMUP; i++) {
				call(client, port, path, reader, expected.get(reader));
			}
		}
		Map<String, List<Double>> millis = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(READERS);
		List<Future<?>> readers = new ArrayList<>();
		for (int r = 0; r < READERS; r++) {
			int first = r;
			readers.add(pool.submit(() -> {
				for (int i = 0; i < CALLS_PER_READER; i++) {
					// Interleaved: the chair and the administrator share the same moments of a noisy machine.
					String reader = (first + i) % 2 == 0 ? "chair1" : "admin";
					long started = System.nanoTime();
					call(client, port, path, reader, expected.get(reader));
					millis.computeIfAbsent(reader, k -> Collections.synchronizedList(new ArrayList<>()))
						.add((System.nanoTime() - started) / 1e6);
				}
				return null;
			}));
		}
		for (Future<?> reader : readers) {
			reader.get();
		}
		pool.shutdown();
		for (String reader : List.of("chair1", "admin")) {
			List<Double> sorted = millis.get(reader).stream().sorted().toList();
			out.line("/api/kpi one year, %,d instances per process, %d concurrent readers, as %s: %d calls, p50 %.0f ms, p95 %.0f ms, max %.0f ms; every answer 200 with the expected counts",
					INSTANCES, READERS, reader, sorted.size(), sorted.get(sorted.size() / 2),
					sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
			out.line("  raw %s: %s", reader, millis.get(reader).stream().map(m -> String.format("%.0f", m)).toList());
		}
	}

	private static void call(HttpClient client, int port, String path, String reader, Map<String, Long> expected)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((reader + ":demo").getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.build();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(reader + ": " + response.statusCode() + " " + response.body());
		}
		for (JsonNode process : JSON.readTree(response.body()).get("processes")) {
			long want = expected.getOrDefault(process.get("process").asText(), 0L);
			if (process.get("started").asLong() != want) {
				throw new IllegalStateException(reader + " was told " + process + ", the database holds " + want);
			}
		}
	}

	/** Instances started in the period per process, counted from the data itself (the chair: not reports against the chair). */
	private static Map<String, Long> started(JdbcTemplate jdbc, LocalDate from, LocalDate to, boolean chair) {
		Map<String, Long> counts = new java.util.HashMap<>();
		jdbc.query("""
				SELECT p.proc_def_key_, COUNT(*) FROM act_hi_procinst p
				WHERE p.proc_def_key_ IN (?, ?) AND p.start_time_ >= ? AND p.start_time_ < ?
				  AND NOT (? AND EXISTS (SELECT 1 FROM act_hi_varinst v WHERE v.proc_inst_id_ = p.proc_inst_id_
				    AND v.name_ = ? AND v.text_ = 'BOARD_CHAIR'))
				GROUP BY p.proc_def_key_""", rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		}, BeneficiaryProcess.PROCESS_ID, WhistleblowerProcess.PROCESS_ID, java.sql.Timestamp.valueOf(from.atStartOfDay()),
				java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay()), chair,
				WhistleblowerProcess.Variables.ACCUSED_ROLE);
		return counts;
	}

}
