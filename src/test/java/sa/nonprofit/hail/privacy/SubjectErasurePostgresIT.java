package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.beneficiary.SatisfactionSurveys;
import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.documents.Document;
import sa.nonprofit.hail.privacy.SubjectFixtures.Person;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.PostgresApplicationTest;

/**
 * Issue 17's "done when" on PostgreSQL 17: one person files two support requests (one with a document, one with a
 * long text kept in the engine's byte arrays), answers the survey and asks for their data; the officer's export holds
 * everything a scan of the whole database finds about them; after the erasure the scan of every text and binary
 * column of every table finds nothing, and the figures of the period are the same.
 */
@PostgresApplicationTest
class SubjectErasurePostgresIT extends PostgresApplicationTest.Base {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	SatisfactionSurveys surveys;

	@Autowired
	CaseDocuments documents;

	@Autowired
	SubjectErasure erasure;

	@Autowired
	SubjectKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void afterTheErasureNoColumnOfAnyTableHoldsThePersonAndTheFiguresAreUnchanged() throws Exception {
		Person person = Person.random();
		SubjectFixtures fixtures = new SubjectFixtures(this.engine);
		Http http = new Http(this.port);

		ProcessInstance served = fixtures.request(person, "أنا " + person.name() + "، جوالي " + person.mobile());
		byte[] pdf = (new String(SubjectFixtures.PDF, StandardCharsets.US_ASCII) + "% " + person.nationalId())
			.getBytes(StandardCharsets.UTF_8);
		this.documents.add(served.getBusinessKey(), new Document("هوية " + person.name() + ".pdf", "application/pdf",
				pdf), null);
		fixtures.comment(served.getId(), "اتصلت بـ" + person.name() + " على " + person.mobile());
		// over 4000 characters: kept whole in the engine's byte-array table (system/LongTextSerializer)
		fixtures.serve(served.getId(), "قابلت " + person.name() + ". " + "ملاحظات صحية مطولة. ".repeat(300));
		fixtures.runAsyncSteps(served.getId());
		this.surveys.answer(fixtures.surveyToken(served.getId()), 4, "شكرًا، " + person.name());

		ProcessInstance rejected = fixtures.request(person, "طلب ثانٍ من " + person.email());
		fixtures.reject(rejected.getId(), "لا تنطبق الشروط على " + person.name());

		ProcessInstance dataRequest = fixtures.dataRequest(person, "أطلب إتلاف بياناتي، " + person.name());
		assertThat(http.get("/api/cases/" + served.getBusinessKey(), "relations1", "demo").statusCode())
			.isEqualTo(200);

		String period = "/api/kpi?from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1);
		JsonNode figuresBefore = figures(http.get(period, "chair1", "demo"));

		HttpResponse<String> export = http.get("/api/privacy/subjects/" + person.nationalId(), "dpo1", "demo");
		assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
		JsonNode file = this.json.readTree(export.body());
		List<String> kinds = file.get("sections").findValuesAsText("kind");
		assertThat(kinds).contains(SubjectFiles.SUPPORT_REQUEST, SubjectFiles.SURVEY_ANSWER, SubjectFiles.COMMENT,
				SubjectFiles.DOCUMENT, SubjectFiles.NOTIFICATION, SubjectFiles.DATA_REQUEST);
		assertThat(file.get("sections").findValuesAsText("reference")).contains(served.getBusinessKey(),
				rejected.getBusinessKey(), dataRequest.getBusinessKey());

		List<String> before = scan(person);
		assertThat(before).as("the scan sees the person before the erasure").isNotEmpty();
		for (String hit : before) {
			assertThat(kinds).as("the export covers " + hit).contains(exportedAs(hit));
		}
		for (String term : terms(person)) {
			assertThat(export.body()).as("the export holds " + term).contains(term);
		}

		SubjectErasure.Erasure erased = this.erasure.erase(person.nationalId(), dataRequest.getId());
		assertThat(erased.instances()).isEqualTo(2);
		assertThat(erased.documents()).isEqualTo(1);
		assertThat(erased.notifications()).isPositive();
		this.erasure.forgetRequester(dataRequest.getId());

		assertThat(scan(person)).as("columns still holding the person").isEmpty();
		assertThat(figures(http.get(period, "chair1", "demo"))).isEqualTo(figuresBefore);
		assertThat(this.engine.getHistoryService().createHistoricVariableInstanceQuery()
			.processInstanceId(dataRequest.getId()).variableName(DataSubjectProcess.Variables.SUBJECT_HASH).singleResult()
			.getValue())
			.isEqualTo(this.keys.of(person.nationalId()));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_notification WHERE reference = ?", Long.class,
				served.getBusinessKey())).as("the notices stay, masked").isPositive();
	}

	/** The national ID, the name, the mobile as any form of it ends, the e-mail. */
	private static List<String> terms(Person person) {
		return List.of(person.nationalId(), person.name(), person.mobile().substring(1), person.email());
	}

	/** Every text and binary column of every table that holds one of the person's terms, as table.column. */
	private List<String> scan(Person person) {
		List<String> hits = new ArrayList<>();
		List<Map<String, Object>> columns = this.jdbc.queryForList("""
				SELECT table_name, column_name, data_type FROM information_schema.columns
				WHERE table_schema = current_schema() AND data_type IN
				  ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'xml')
				ORDER BY table_name, column_name""");
		assertThat(columns.size()).as("text and binary columns in the database").isGreaterThan(100);
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			boolean binary = "bytea".equals(column.get("data_type"));
			for (String term : terms(person)) {
				String condition = binary ? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
						: "position(? in CAST(\"" + name + "\" AS TEXT)) > 0";
				Long count = this.jdbc.queryForObject(
						"SELECT COUNT(*) FROM \"" + table + "\" WHERE " + condition, Long.class, term);
				if (count != null && count > 0) {
					hits.add(table + "." + name);
				}
			}
		}
		return hits.stream().distinct().toList();
	}

	/** The section of the export that carries what a table holds of the person. */
	private static String exportedAs(String hit) {
		String table = hit.substring(0, hit.indexOf('.'));
		return switch (table) {
			case "act_ru_variable", "act_hi_varinst", "act_hi_detail", "act_ge_bytearray", "act_ru_task",
					"act_hi_taskinst" ->
				SubjectFiles.SUPPORT_REQUEST;
			case "act_hi_comment" -> SubjectFiles.COMMENT;
			case "app_notification" -> SubjectFiles.NOTIFICATION;
			case "app_case_document" -> SubjectFiles.DOCUMENT;
			default -> "nothing: " + hit;
		};
	}

	/** The figures, leaving out the survey's comments: the person's own words go with the rest of their data. */
	private JsonNode figures(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode figures = this.json.readTree(response.body());
		((ObjectNode) figures.get("satisfaction")).remove("comments");
		return figures;
	}

}
