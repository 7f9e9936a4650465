package sa.nonprofit.hail.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.AssociationApplication;

/**
 * {@code GET /api/kpi} for one year with 100,000 historic instances of each process in PostgreSQL 17 (seeded straight
 * into Camunda's history tables over two years), median and 95th percentile of 50 calls after 30 warm-up calls.
 * Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=KpiBenchmark}.
 */
public final class KpiBenchmark {

	static final int INSTANCES = 100_000;

	static final int WARMUP = 30;

	static final int CALLS = 50;

	private KpiBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			ConfigurableApplicationContext context = new SpringApplicationBuilder(AssociationApplication.class)
				.profiles("postgres", "demo")
				.properties("DB_URL=" + url, "DB_USER=postgres", "DB_PASSWORD=postgres", "server.port=0",
						"camunda.bpm.job-execution.enabled=false", "logging.level.root=WARN")
				.run();
			try {
				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				long seeding = System.nanoTime();
				seed(jdbc);
				jdbc.execute("ANALYZE");
				System.out.printf("seeded %,d instances of each process in %.1f s%n", INSTANCES,
						(System.nanoTime() - seeding) / 1e9);
				int port = ((WebServerApplicationContext) context).getWebServer().getPort();
				measure(port);
			}
			finally {
				context.close();
			}
		}
	}

	private static void measure(int port) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/kpi?from=2025-06-01&to=2026-05-31"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
			.build();
		for (int i = 0; i < WARMUP; i++) {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
			if (i == 0) {
				System.out.println(response.body().substring(0, Math.min(400, response.body().length())) + " ...");
			}
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < CALLS; i++) {
			long started = System.nanoTime();
			client.send(request, HttpResponse.BodyHandlers.discarding());
			millis.add((System.nanoTime() - started) / 1e6);
		}
		List<Double> sorted = millis.stream().sorted().toList();
		System.out.printf("%n/api/kpi for one year, %,d instances of each process, %d calls: median %.0f ms, p95 %.0f ms, max %.0f ms%n",
				INSTANCES, CALLS, sorted.get(CALLS / 2), sorted.get((int) Math.ceil(CALLS * 0.95) - 1), sorted.get(CALLS - 1));
	}

	/** Two years of history, one instance every ten minutes per process, with tasks, channels and survey answers. */
	private static void seed(JdbcTemplate jdbc) {
		jdbc.update("""
				INSERT INTO act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
				  end_time_, state_)
				SELECT p || g, p || g, p || g, k, k || ':1', timestamp '2025-01-01' + g * interval '10 minutes',
				  CASE WHEN g % 10 = 0 THEN NULL ELSE timestamp '2025-01-06' + g * interval '10 minutes' END,
				  CASE WHEN g % 10 = 0 THEN 'ACTIVE' ELSE 'COMPLETED' END
				FROM generate_series(1, ?) g,
				  (VALUES ('br-', 'BeneficiaryRequestProcess'), ('wb-', 'WhistleblowerReportProcess')) AS d(p, k)""",
				INSTANCES);
		jdbc.update("""
				INSERT INTO act_hi_varinst (id_, proc_inst_id_, execution_id_, proc_def_key_, name_, var_type_, text_,
				  create_time_, rev_, state_)
				SELECT 'ch-' || p || g, p || g, p || g, k, 'channel', 'string',
				  (ARRAY['INTERVIEW','PHONE','SOCIAL_MEDIA','LETTER','HELP_REQUEST','VOLUNTEERING','WEBSITE'])[1 + g % 7],
				  timestamp '2025-01-01' + g * interval '10 minutes', 1, 'CREATED'
				FROM generate_series(1, ?) g,
				  (VALUES ('br-', 'BeneficiaryRequestProcess'), ('wb-', 'WhistleblowerReportProcess')) AS d(p, k)""",
				INSTANCES);
		jdbc.update("""
				INSERT INTO act_hi_varinst (id_, proc_inst_id_, execution_id_, proc_def_key_, name_, var_type_, long_, text_,
				  create_time_, rev_, state_)
				SELECT 'sc-' || g, 'br-' || g, 'br-' || g, 'BeneficiaryRequestProcess', 'surveyScore', 'integer', 1 + g % 5,
				  NULL, timestamp '2025-01-06' + g * interval '10 minutes', 1, 'CREATED'
				FROM generate_series(1, ?) g WHERE g % 3 = 0""", INSTANCES);
		jdbc.update("""
				INSERT INTO act_hi_varinst (id_, proc_inst_id_, execution_id_, proc_def_key_, name_, var_type_, text_,
				  create_time_, rev_, state_)
				SELECT 'cm-' || g, 'br-' || g, 'br-' || g, 'BeneficiaryRequestProcess', 'surveyComment', 'string',
				  CASE WHEN g % 30 = 0 THEN 'تعليق ' || g ELSE '' END, timestamp '2025-01-06' + g * interval '10 minutes', 1, 'CREATED'
				FROM generate_series(1, ?) g WHERE g % 3 = 0""", INSTANCES);
		jdbc.update("""
				INSERT INTO act_hi_taskinst (id_, proc_def_key_, proc_def_id_, proc_inst_id_, execution_id_, task_def_key_,
				  name_, start_time_, end_time_, duration_, due_date_, priority_, task_state_)
				SELECT 't-' || t || '-' || g, k, k || ':1', p || g, p || g, t, t,
				  timestamp '2025-01-01' + g * interval '10 minutes' + interval '1 hour',
				  CASE WHEN g % 10 = 0 THEN NULL
				    ELSE timestamp '2025-01-01' + g * interval '10 minutes' + (1 + g % 20) * interval '1 day' END,
				  CASE WHEN g % 10 = 0 THEN NULL ELSE (1 + g % 20) * 86400000::bigint - 3600000 END,
				  timestamp '2025-01-01' + g * interval '10 minutes' + days * interval '1 day', 50,
				  CASE WHEN g % 10 = 0 THEN 'Created' ELSE 'Completed' END
				FROM generate_series(1, ?) g,
				  (VALUES ('br-', 'BeneficiaryRequestProcess', 'Task_CommitteeDecision', 14),
				          ('wb-', 'WhistleblowerReportProcess', 'Task_AcknowledgeReceipt', 10),
				          ('wb-', 'WhistleblowerReportProcess', 'Task_NotifyLeadership', 7),
				          ('wb-', 'WhistleblowerReportProcess', 'Task_CommitteeInvestigation', 14)) AS d(p, k, t, days)""",
				INSTANCES);
	}

}
