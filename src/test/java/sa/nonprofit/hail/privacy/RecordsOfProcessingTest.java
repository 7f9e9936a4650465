package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.notification.DeliveryChannels;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;

/**
 * The record of processing is complete and current: every process, every table and every notification channel has
 * its entry, no entry names what does not exist, retention comes from the settings, and only the officer, the chair
 * and the administrator read it. The public privacy notice tells the same.
 */
@ApplicationTest
class RecordsOfProcessingTest {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	RecordsOfProcessing records;

	@Autowired
	ProcessingProperties processing;

	@Autowired
	RetentionProperties retention;

	@Autowired
	RepositoryService repository;

	@Autowired
	DeliveryChannels channels;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessingRecordVersions versions;

	@Test
	void everyDeployedProcessHasAnActivityAndEveryActivityNamesADeployedProcess() {
		Set<String> deployed = this.repository.createProcessDefinitionQuery().latestVersion().list().stream()
			.map(ProcessDefinition::getKey)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> recorded = this.processing.activities().stream()
			.flatMap(activity -> activity.processes().stream())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(recorded).as("processes in the record of processing").isEqualTo(deployed);
	}

	@Test
	void everyTableIsEitherInAnActivityOrDeclaredFreeOfPersonalDataAndNoEntryNamesAMissingTable() throws SQLException {
		List<String> tables = tables();
		List<String> patterns = new ArrayList<>();
		this.processing.activities().forEach(activity -> patterns.addAll(activity.tables()));
		this.processing.tablesWithoutPersonalData().forEach(note -> patterns.add(note.table()));
		assertThat(tables.stream().filter(table -> patterns.stream().noneMatch(pattern -> matches(pattern, table))))
			.as("tables without an entry in privacy/records-of-processing.yaml")
			.isEmpty();
		assertThat(patterns.stream().filter(pattern -> tables.stream().noneMatch(table -> matches(pattern, table))))
			.as("entries naming no table")
			.isEmpty();
	}

	@Test
	void everyNotificationChannelHasItsProcessorAndTheNotificationsActivityNamesIt() {
		assertThat(this.channels.names()).isNotEmpty();
		assertThat(this.processing.processors()).extracting(ProcessingProperties.Processor::channel)
			.containsExactlyInAnyOrderElementsOf(this.channels.names());
		ProcessingProperties.Activity notifications = this.processing.activities().stream()
			.filter(activity -> activity.id().equals("notifications"))
			.findFirst()
			.orElseThrow();
		assertThat(notifications.channels()).containsExactlyInAnyOrderElementsOf(this.channels.names());
	}

	@Test
	void retentionComesFromTheSettingsAndEveryRecordTypeBelongsToAnActivity() {
		RecordOfProcessing record = this.records.current();
		Set<String> named = new TreeSet<>();
		record.activities().forEach(activity -> activity.retention().forEach(kept -> {
			assertThat(kept.days()).as(kept.recordType())
				.isEqualTo(this.retention.periods().get(kept.recordType()).toDays());
			named.add(kept.recordType());
		}));
		assertThat(named).isEqualTo(this.retention.periods().keySet());
	}

	@Test
	void everyListHasItsEnglishBesideTheArabic() {
		this.processing.activities().forEach(activity -> {
			assertThat(activity.subjectsEn()).as(activity.id()).hasSameSizeAs(activity.subjectsAr());
			assertThat(activity.dataEn()).as(activity.id()).hasSameSizeAs(activity.dataAr());
			assertThat(activity.recipientsEn()).as(activity.id()).hasSameSizeAs(activity.recipientsAr());
		});
		assertThat(this.processing.securityEn()).hasSameSizeAs(this.processing.securityAr());
	}

	@Test
	void theOfficerTheChairAndTheAdministratorReadTheRecordAndNobodyElse() throws Exception {
		Http http = new Http(this.port);
		for (String reader : List.of("dpo1", "chair1", "admin")) {
			HttpResponse<String> response = http.get("/api/privacy/records-of-processing", reader, "demo");
			assertThat(response.statusCode()).as(reader).isEqualTo(200);
			JsonNode body = this.json.readTree(response.body());
			assertThat(body.at("/record/activities")).hasSize(this.processing.activities().size());
			assertThat(body.at("/record/officer/email").asText()).isEqualTo(this.processing.officer().email());
			assertThat(body.at("/versions")).isNotEmpty();
			HttpResponse<String> page = http.get("/privacy/records-of-processing", reader, "demo");
			assertThat(page.statusCode()).as(reader).isEqualTo(200);
			assertThat(page.body()).contains("سجل أنشطة معالجة البيانات الشخصية", "id=\"activity-whistleblowing\"",
					"٣٦٥٠ يومًا", "مزوّد خدمة الرسائل النصية", "app_reporter_contact");
		}
		for (String stranger : List.of("relations1", "auditor1", "committee1", "vicechair1", "ops1")) {
			assertThat(http.get("/api/privacy/records-of-processing", stranger, "demo").statusCode()).as(stranger)
				.isEqualTo(403);
			assertThat(http.get("/privacy/records-of-processing", stranger, "demo").statusCode()).as(stranger)
				.isEqualTo(403);
		}
		assertThat(http.get("/api/privacy/records-of-processing").statusCode()).isEqualTo(401);
		assertThat(http.get("/privacy/records-of-processing").statusCode()).isEqualTo(302);
	}

	@Test
	void eachVersionIsKeptOnceAndReadableAsItWas() throws Exception {
		this.versions.seed();
		this.versions.seed();
		List<ProcessingRecordVersions.Version> kept = this.versions.versions();
		assertThat(kept).hasSize(1);
		String current = this.json.writeValueAsString(this.json.readTree(this.versions.content(kept.get(0).hash())
			.orElseThrow()));
		this.jdbc.update("INSERT INTO app_processing_record (recorded_at, content_hash, content) VALUES (?, ?, ?)",
				java.sql.Timestamp.from(kept.get(0).recordedAt()), "an-older-wording", "{}");
		this.versions.seed();
		assertThat(this.versions.versions()).extracting(ProcessingRecordVersions.Version::hash)
			.containsExactly(kept.get(0).hash(), "an-older-wording", kept.get(0).hash());
		HttpResponse<String> old = new Http(this.port)
			.get("/api/privacy/records-of-processing/versions/" + kept.get(0).hash(), "dpo1", "demo");
		assertThat(this.json.writeValueAsString(this.json.readTree(old.body()))).isEqualTo(current);
		assertThat(new Http(this.port).get("/api/privacy/records-of-processing/versions/nothing", "dpo1", "demo")
			.statusCode()).isEqualTo(404);
		this.jdbc.update("DELETE FROM app_processing_record WHERE id > (SELECT MIN(id) FROM app_processing_record)");
	}

	@Test
	void thePublicNoticeTellsTheSameRecordWithoutTheStaffActivity() {
		HttpResponse<String> notice = new Http(this.port).get("/privacy.html");
		assertThat(notice.statusCode()).isEqualTo(200);
		assertThat(notice.body()).contains("إشعار الخصوصية", this.processing.officer().email(), "/data-request.html",
				"id=\"activity-whistleblowing\"", "id=\"activity-beneficiary-support\"",
				sa.nonprofit.hail.calendar.ArabicCounts.days(this.retention.reports().toDays()), "سدايا", "٧٢ ساعة")
			.doesNotContain("activity-staff-accounts")
			.doesNotContain("app_reporter_contact");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/support.html", "/report.html", "/track.html", "/data-request.html",
			"/survey.html?token=a-token", "/privacy.html" })
	void everyPortalPageLinksTheNotice(String path) {
		assertThat(new Http(this.port).get(path).body()).contains("href=\"/privacy.html\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/support.html", "/report.html", "/data-request.html", "/survey.html?token=a-token" })
	void everyFormThatCollectsPersonalDataLinksTheNoticeBesideItsButton(String path) {
		String page = new Http(this.port).get(path).body();
		int form = page.indexOf("<form");
		int line = page.indexOf("class=\"privacy-line\"");
		assertThat(line).as("the notice's line inside the form").isGreaterThan(form).isLessThan(page.indexOf("</form>"));
	}

	private List<String> tables() throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				String schema = rows.getString("TABLE_SCHEM");
				if (schema == null || Stream.of("INFORMATION_SCHEMA", "information_schema", "pg_catalog")
					.noneMatch(schema::equals)) {
					tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
				}
			}
		}
		return tables;
	}

	private static boolean matches(String pattern, String table) {
		String lower = pattern.toLowerCase(Locale.ROOT);
		return lower.endsWith("*") ? table.startsWith(lower.substring(0, lower.length() - 1)) : table.equals(lower);
	}

}
