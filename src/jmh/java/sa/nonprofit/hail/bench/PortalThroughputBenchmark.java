package sa.nonprofit.hail.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import sa.nonprofit.hail.support.ClusterNode;
import sa.nonprofit.hail.support.FreshDatabase;
import sa.nonprofit.hail.support.Http;

/**
 * Public portal submissions per second with 8 concurrent clients, through {@code /api/public/...} of the packaged
 * application on PostgreSQL 17 (its job executor running, as in production), against the baseline release's jar, in
 * alternating rounds (ABBA), each node on a database of its own. Half support requests, half whistleblowing reports
 * (every other one with a contact to seal); every answer must be 201 with a number. Each request comes from its own
 * client address, forwarded by a trusted proxy (the nodes trust X-Forwarded-For from the loopback only,
 * app.security.trusted-proxies), so the per-client rate limit (5 a minute) stays as configured.
 * Run: {@code PORTAL_BASELINE_JAR=/tmp/bench-base/target ./mvnw -o -Pbench test-compile exec:exec
 * -Dbench=PortalThroughputBenchmark} after {@code package}; PORTAL_SUBMISSIONS (per round), PORTAL_ROUNDS (per jar).
 */
public final class PortalThroughputBenchmark {

	static final int CLIENTS = BenchOutput.env("PORTAL_CLIENTS", 8);

	static final int SUBMISSIONS = BenchOutput.env("PORTAL_SUBMISSIONS", 480);

	static final int WARMUP = BenchOutput.env("PORTAL_WARMUP", 160);

	static final int ROUNDS = BenchOutput.env("PORTAL_ROUNDS", 3);

	static final List<String> JVM = List.of("-Xmx768m");

	/** The benchmark is the reverse proxy in front of the node: X-Forwarded-For is believed from the loopback only. */
	static final String TRUSTED_PROXY = "--app.security.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1";

	private static final Pattern REQUEST_NUMBER = Pattern.compile("BR-\\d{4}-\\d{6}");

	private static final Pattern REPORT_NUMBER = Pattern.compile("WB-\\d{4}-[0-9A-Z]{8}");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Distinct applicants and client addresses over the whole run. */
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private PortalThroughputBenchmark() {
	}

	record Round(String jar, int number, int submissions, double seconds, double p50, double p95, double max) {

		double perSecond() {
			return this.submissions / this.seconds;
		}

	}

	public static void main(String[] args) throws Exception {
		BenchOutput out = new BenchOutput("portal-throughput");
		Path ours = ClusterNode.packagedJar();
		Path baseline = baselineJar();
		out.line("Portal submissions: %d clients, %d per round (half requests, half reports), %d warm-up; ours %s, "
				+ "baseline %s, each on PostgreSQL 17 with a database of its own", CLIENTS, SUBMISSIONS, WARMUP, ours,
				baseline);
		Path empty = Files.createTempDirectory("portal-classes");
		Map<String, ClusterNode> nodes = new LinkedHashMap<>();
		Map<String, JdbcTemplate> databases = new LinkedHashMap<>();
		try {
			for (Map.Entry<String, Path> jar : Map.of("ours", ours, "baseline", baseline).entrySet()) {
				String url = FreshDatabase.create("portal_" + jar.getKey());
				databases.put(jar.getKey(), new JdbcTemplate(new SingleConnectionDataSource(url, "postgres", "postgres", true)));
				nodes.put(jar.getKey(), ClusterNode.start(jar.getValue(), JVM, "portal-" + jar.getKey(), url, empty,
						TRUSTED_PROXY));
			}
			CompletableFuture.allOf(nodes.values().stream()
				.map(node -> CompletableFuture.runAsync(() -> started(node)))
				.toArray(CompletableFuture[]::new)).join();
			for (String jar : nodes.keySet()) {
				round(nodes.get(jar).port(), WARMUP);
				quiet(databases.get(jar));
			}
			List<Round> rounds = new ArrayList<>();
			for (int i = 0; i < 2 * ROUNDS; i++) {
				String jar = (i % 4 == 0 || i % 4 == 3) ? "ours" : "baseline";
				List<Double> millis = new ArrayList<>();
				long started = System.nanoTime();
				millis.addAll(round(nodes.get(jar).port(), SUBMISSIONS));
				double seconds = (System.nanoTime() - started) / 1e9;
				Collections.sort(millis);
				Round round = new Round(jar, i + 1, millis.size(), seconds, BenchOutput.quantile(millis, 0.5),
						BenchOutput.quantile(millis, 0.95), millis.get(millis.size() - 1));
				rounds.add(round);
				out.line("round %d (%s): %d submissions, all 201 with a number, in %.1f s: %.1f/s, p50 %.0f ms, "
						+ "p95 %.0f ms, max %.0f ms", round.number(), jar, round.submissions(), seconds,
						round.perSecond(), round.p50(), round.p95(), round.max());
				quiet(databases.get(jar));
			}
			for (String jar : List.of("ours", "baseline")) {
				List<Round> mine = rounds.stream().filter(round -> round.jar().equals(jar)).toList();
				out.line("%s: submissions/s %s (median %.1f), p50 ms %s (median %.0f), p95 ms %s (median %.0f)", jar,
						mine.stream().map(r -> String.format("%.1f", r.perSecond())).toList(),
						median(mine.stream().map(Round::perSecond).toList()),
						mine.stream().map(r -> String.format("%.0f", r.p50())).toList(),
						median(mine.stream().map(Round::p50).toList()),
						mine.stream().map(r -> String.format("%.0f", r.p95())).toList(),
						median(mine.stream().map(Round::p95).toList()));
			}
			for (Map.Entry<String, JdbcTemplate> database : databases.entrySet()) {
				out.line("%s database: %d support requests, %d reports started", database.getKey(),
						count(database.getValue(), "BeneficiaryRequestProcess"),
						count(database.getValue(), "WhistleblowerReportProcess"));
			}
		}
		finally {
			for (ClusterNode node : nodes.values()) {
				node.stopGracefully(Duration.ofSeconds(60));
			}
		}
	}

	/** {@code total} submissions by {@link #CLIENTS} clients at once; the time of each, in ms. */
	private static List<Double> round(int port, int total) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		AtomicInteger left = new AtomicInteger(total);
		List<Future<List<Double>>> futures = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			futures.add(pool.submit(() -> {
				Http http = new Http(port);
				String token = JSON.readTree(http.get("/api/public/csrf").body()).get("token").asText();
				List<Double> times = new ArrayList<>();
				while (left.getAndDecrement() > 0) {
					times.add(submit(http, token, SEQUENCE.incrementAndGet()));
				}
				return times;
			}));
		}
		List<Double> all = new ArrayList<>();
		for (Future<List<Double>> future : futures) {
			all.addAll(future.get());
		}
		pool.shutdown();
		return all;
	}

	/** One submission from its own client address; fails the run unless it is 201 with a case number. */
	private static double submit(Http http, String token, int n) throws IOException {
		boolean report = n % 2 == 0;
		String body = report ? report(n) : supportRequest(n);
		HttpRequest request = http.request(report ? "/api/public/reports" : "/api/public/support-requests")
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", token)
			.header("Cookie", "XSRF-TOKEN=" + token)
			.header("X-Forwarded-For", "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = http.send(request);
		double millis = (System.nanoTime() - started) / 1e6;
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Submission " + n + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		JsonNode receipt = JSON.readTree(response.body());
		boolean numbered = report
				? REPORT_NUMBER.matcher(receipt.path("reportNumber").asText()).matches()
						&& !receipt.path("accessCode").asText().isEmpty()
				: REQUEST_NUMBER.matcher(receipt.path("requestNumber").asText()).matches();
		if (!numbered) {
			throw new IllegalStateException("Submission " + n + " got no number: " + response.body());
		}
		return millis;
	}

	private static String supportRequest(int n) {
		return """
				{"applicantName":"متقدم رقم %d","nationalId":"%s","mobile":"055%07d","email":"",
				 "supportType":"FITNESS_PROGRAM","requestDetails":"أرغب في الانضمام إلى برنامج اللياقة","declarationAccepted":true}"""
			.formatted(n, BeneficiaryThroughputBenchmark.Lifecycle.nationalId(n), n % 10_000_000);
	}

	private static String report(int n) {
		String contact = n % 4 == 0 ? ",\"contactMobile\":\"055%07d\"".formatted(n % 10_000_000) : "";
		String[] categories = { "FINANCIAL", "ETHICAL", "OTHER" };
		return "{\"category\":\"" + categories[n % 3] + "\",\"description\":\"بلاغ عن مخالفة رقم " + n + "\"" + contact
				+ "}";
	}

	/** Waits until the node's job executor has run the jobs the submissions made, so rounds do not overlap. */
	private static void quiet(JdbcTemplate jdbc) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (jdbc.queryForObject("""
				SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1
				AND (DUEDATE_ IS NULL OR DUEDATE_ <= CURRENT_TIMESTAMP)""", Long.class) > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Jobs still due two minutes after the round");
			}
			Thread.sleep(250);
		}
	}

	private static long count(JdbcTemplate jdbc, String process) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?", Long.class, process);
	}

	private static Path baselineJar() {
		Path target = Path.of(BenchOutput.env("PORTAL_BASELINE_JAR", "/tmp/bench-base/target"));
		if (Files.isRegularFile(target)) {
			return target;
		}
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(path -> path.getFileName().toString().matches("association-workflows-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No baseline jar in " + target));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void started(ClusterNode node) {
		try {
			node.awaitStarted(Duration.ofMinutes(BenchOutput.env("BENCH_START_MINUTES", 8)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static double median(List<Double> values) {
		return BenchOutput.quantile(values.stream().sorted().toList(), 0.5);
	}

}
