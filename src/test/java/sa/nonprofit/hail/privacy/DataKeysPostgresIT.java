package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.AssociationApplication;
import sa.nonprofit.hail.notification.Notification;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.NotificationPort;
import sa.nonprofit.hail.notification.Recipient;
import sa.nonprofit.hail.support.EmbeddedPostgres17;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.PortalClient;
import sa.nonprofit.hail.support.PortalClient.Part;

/**
 * Issue 18's "done when" on PostgreSQL 17: a report with a contact e-mail and a PDF carrying a unique marker leaves
 * neither in any text or binary column of any table, yet the auditor reads both; a new key put first and a rotation
 * re-seal every row, and with the old key removed from APP_DATA_KEYS both still read. Each key set is a restart of the
 * application on a database of this test's own.
 */
class DataKeysPostgresIT {

	private static final String OLD = "old:3BNlkPqk/jGAM4ullxMbHKTtdIX0rVDwSTgyzLbZ/FA=";

	private static final String NEW = "new:zfHMdLe9r99oAbW9LxsWOEYBjkMwfUUj5/aMazoYbOA=";

	private static String url;

	private final ObjectMapper json = new ObjectMapper();

	@BeforeAll
	static void ownDatabase() throws Exception {
		String shared = EmbeddedPostgres17.jdbcUrl();
		String name = "sealed_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = DriverManager.getConnection(shared, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		url = shared.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
	}

	@Test
	void neitherTheEmailNorTheMarkerIsStoredAndBothStillReadAfterTheOldKeyIsGone() throws Exception {
		String email = "reporter-" + UUID.randomUUID() + "@example.sa";
		String marker = "MARKER-" + UUID.randomUUID();
		byte[] pdf = ("%PDF-1.4\n% " + marker + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF").getBytes(StandardCharsets.UTF_8);
		String number;
		try (ConfigurableApplicationContext app = start(OLD)) {
			PortalClient portal = new PortalClient(port(app));
			HttpResponse<String> filed = portal.postMultipart("/api/public/reports",
					List.of(new String[] { "category", "FINANCIAL" }, new String[] { "description", "بلاغ عن عقد" },
							new String[] { "contactEmail", email }),
					List.of(new Part("عقد " + marker + ".pdf", "application/pdf", pdf)));
			assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
			number = portal.read(filed).get("reportNumber").asText();
			runAsyncSteps(app);
			// the notice a reporter who left a contact gets when feedback is ready, as the process sends it
			app.getBean(NotificationPort.class).send(new Notification(NotificationKind.REPORT_FEEDBACK_AVAILABLE,
					number, new Recipient(Recipient.REPORTER, null, null, email), Map.of()));
			assertThat(app.getBean(JdbcTemplate.class).queryForObject(
					"SELECT COUNT(*) FROM app_notification WHERE reference = ? AND recipient_role = 'REPORTER'",
					Long.class, number)).as("the reporter's notice is on record").isEqualTo(1);

			assertThat(scan(app, email, marker)).as("columns holding the e-mail or the marker").isEmpty();
			assertAuditorReads(app, number, email, marker, pdf);
			assertThat(rowsPerKey(app)).containsEntry("app_reporter_contact", Map.of("old", 1))
				.containsEntry("app_case_document", Map.of("old", 1));
		}

		try (ConfigurableApplicationContext app = start(NEW + "," + OLD)) {
			Http http = new Http(port(app));
			HttpResponse<String> rotated = http.postJson("/api/admin/data-keys/rotate", "{}", "admin", "demo");
			assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
			JsonNode counts = this.json.readTree(rotated.body());
			assertThat(counts.get("app_reporter_contact").asLong()).isEqualTo(1);
			assertThat(counts.get("app_case_document").asLong()).isEqualTo(1);
			assertThat(rowsPerKey(app)).containsEntry("app_reporter_contact", Map.of("new", 1))
				.containsEntry("app_case_document", Map.of("new", 1));
		}

		try (ConfigurableApplicationContext app = start(NEW)) {
			assertAuditorReads(app, number, email, marker, pdf);
			assertThat(scan(app, email, marker)).as("columns holding the e-mail or the marker").isEmpty();
		}
	}

	private void assertAuditorReads(ConfigurableApplicationContext app, String number, String email, String marker,
			byte[] pdf) throws Exception {
		Http http = new Http(port(app));
		HttpResponse<String> contact = http.get("/api/reports/" + number + "/reporter-contact", "auditor1", "demo");
		assertThat(contact.statusCode()).as(contact.body()).isEqualTo(200);
		assertThat(contact.body()).contains(email);
		HttpResponse<String> file = http.get("/api/cases/" + number, "auditor1", "demo");
		assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
		JsonNode document = this.json.readTree(file.body()).get("documents").get(0);
		assertThat(document.get("fileName").asText()).isEqualTo("عقد " + marker + ".pdf");
		HttpResponse<byte[]> download = http.send(http.request(document.get("href").asText())
			.header("Authorization", Http.basic("auditor1", "demo"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
	}

	/** The steps the job executor would run now (routing, the acknowledgement to the reporter). */
	private static void runAsyncSteps(ConfigurableApplicationContext app) {
		ManagementService management = app.getBean(ManagementService.class);
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = management.createJobQuery().executable().messages().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(job -> management.executeJob(job.getId()));
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Integer>> rowsPerKey(ConfigurableApplicationContext app) throws Exception {
		HttpResponse<String> use = new Http(port(app)).get("/api/admin/data-keys", "admin", "demo");
		assertThat(use.statusCode()).as(use.body()).isEqualTo(200);
		return this.json.convertValue(this.json.readTree(use.body()).get("rowsPerKey"), Map.class);
	}

	/** Every text and binary column of every table holding a term (bytes read as UTF-8 and as Latin-1). */
	private static List<String> scan(ConfigurableApplicationContext app, String... terms) {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		List<Map<String, Object>> columns = jdbc.queryForList("""
				SELECT table_name, column_name, data_type FROM information_schema.columns
				WHERE table_schema = current_schema() AND data_type IN
				  ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'xml')""");
		assertThat(columns.size()).as("text and binary columns in the database").isGreaterThan(100);
		List<String> hits = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			boolean binary = "bytea".equals(column.get("data_type"));
			for (String term : terms) {
				String condition = binary
						? "(position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
								+ " OR position(convert_to(?, 'LATIN1') in \"" + name + "\") > 0)"
						: "position(? in CAST(\"" + name + "\" AS TEXT)) > 0";
				Object[] args = binary ? new Object[] { term, term } : new Object[] { term };
				Long count = jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\" WHERE " + condition,
						Long.class, args);
				if (count != null && count > 0) {
					hits.add(table + "." + name);
				}
			}
		}
		return hits;
	}

	/*
	 * The application as an operator restarts it with these keys, on this test's database. Its engine has a name of
	 * its own: closing it unregisters that name, and must not take the shared test contexts' default engine along.
	 */
	private static ConfigurableApplicationContext start(String keys) {
		return new SpringApplicationBuilder(AssociationApplication.class).profiles("test", "postgres", "demo")
			.run("--server.port=0", "--spring.datasource.url=" + url, "--DB_URL=" + url, "--DB_USER=postgres",
					"--DB_PASSWORD=postgres", "--app.data-keys=" + keys,
					"--camunda.bpm.process-engine-name=dataKeysRestarts");
	}

	private static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

}
