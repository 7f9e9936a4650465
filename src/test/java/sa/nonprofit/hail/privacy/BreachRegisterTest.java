package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sa.nonprofit.hail.privacy.DataBreachProcess.Elements;
import sa.nonprofit.hail.privacy.DataBreachProcess.Variables;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;

/**
 * {@code GET /api/privacy/breaches}: the register from history as JSON and as CSV for Excel, each 72-hour deadline met
 * or missed (missed also while open past it), for the officer, the chair and the administrator only.
 */
@ApplicationTest
class BreachRegisterTest {

	private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	/** Monday 6 April 2026, 12:00 in Riyadh. */
	private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 4, 6, 12, 0, 0, 0, RIYADH);

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	private final ObjectMapper json = new ObjectMapper();

	private String closedInTime;

	private String notifiedLate;

	private String openPastDeadline;

	private String openInTime;

	private String backdated;

	@BeforeEach
	void fiveBreaches() {
		// recorded six days after awareness, with a notice time typed as one minute after it
		ClockUtil.setCurrentTime(Date.from(NOW.minusHours(199).toInstant()));
		ProcessInstance backdated = start(NOW.minusHours(200), "Laptop lost;=2+5");
		assess(backdated, true);
		ClockUtil.setCurrentTime(Date.from(NOW.minusHours(200).plusDays(6).toInstant()));
		complete(backdated, Elements.NOTIFY_AUTHORITY, Map.of(Variables.AUTHORITY_NOTICE, "NOTIFIED",
				Variables.AUTHORITY_NOTIFIED_AT, Date.from(NOW.minusHours(200).plusMinutes(1).toInstant()),
				Variables.AUTHORITY_METHOD, "EMAIL", Variables.AUTHORITY_REFERENCE, "SDAIA-BACK"));
		this.backdated = backdated.getBusinessKey();

		ClockUtil.setCurrentTime(Date.from(NOW.minusHours(100).toInstant()));
		ProcessInstance closed = start(NOW.minusHours(101), "رسالة أُرسلت إلى غير صاحبها, =SUM(A1)");
		assess(closed, false);
		ClockUtil.setCurrentTime(Date.from(NOW.minusHours(99).toInstant()));
		complete(closed, Elements.NOTIFY_AUTHORITY, Map.of(Variables.AUTHORITY_NOTICE, "NOT_REQUIRED",
				Variables.NOT_REQUIRED_REASON, "لم تُفتح الرسالة"));
		complete(closed, Elements.CLOSE, Map.of(Variables.LESSONS, "مراجعة العنوان قبل الإرسال", Variables.PREVENTION,
				"تأكيد المستلم"));
		this.closedInTime = closed.getBusinessKey();

		ProcessInstance late = start(NOW.minusHours(100), "اختراق بريد موظف");
		assess(late, true);
		ClockUtil.setCurrentTime(Date.from(NOW.minusHours(20).toInstant()));
		complete(late, Elements.NOTIFY_AUTHORITY, Map.of(Variables.AUTHORITY_NOTICE, "NOTIFIED",
				Variables.AUTHORITY_NOTIFIED_AT, Date.from(NOW.minusHours(25).toInstant()), Variables.AUTHORITY_METHOD,
				"NATIONAL_PLATFORM", Variables.AUTHORITY_REFERENCE, "SDAIA-77"));
		this.notifiedLate = late.getBusinessKey();

		ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
		this.openPastDeadline = start(NOW.minusHours(80), "ملف منشور خطأً").getBusinessKey();
		this.openInTime = start(NOW.minusHours(1), "جهاز مفقود").getBusinessKey();
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void theRegisterListsEveryBreachWithItsDeadlineMetOrMissed() throws Exception {
		Map<String, JsonNode> entries = entries("dpo1");

		JsonNode closed = entries.get(this.closedInTime);
		assertThat(closed.get("authorityDeadline").asText()).isEqualTo("MET");
		assertThat(closed.get("authorityNotice").asText()).isEqualTo("NOT_REQUIRED");
		assertThat(closed.get("authorityNotRequiredReason").asText()).isEqualTo("لم تُفتح الرسالة");
		assertThat(closed.get("harmLikely").asBoolean()).isFalse();
		assertThat(closed.get("awareAt").asText()).isEqualTo("2026-04-02T07:00:00+03:00");
		assertThat(closed.get("authorityNoticeDue").asText()).isEqualTo("2026-04-05T07:00:00+03:00");
		assertThat(closed.get("closedAt").asText()).isEqualTo("2026-04-02T09:00:00+03:00");
		assertThat(closed.get("lessonsLearned").asText()).isEqualTo("مراجعة العنوان قبل الإرسال");
		assertThat(closed.get("peopleAffected").asLong()).isEqualTo(4);
		assertThat(closed.get("dataCategories").asText()).isEqualTo("الاسم والبريد");

		JsonNode late = entries.get(this.notifiedLate);
		assertThat(late.get("authorityDeadline").asText()).isEqualTo("MISSED");
		assertThat(late.get("authorityNotifiedAt").asText()).isEqualTo("2026-04-05T11:00:00+03:00");
		assertThat(late.get("authorityReference").asText()).isEqualTo("SDAIA-77");
		assertThat(late.get("authorityRecordedAt").asText()).isEqualTo("2026-04-05T16:00:00+03:00");
		assertThat(late.get("closedAt").isNull()).isTrue();

		// the system's own record of when the officer recorded the notice decides, not the time typed
		JsonNode backdated = entries.get(this.backdated);
		assertThat(backdated.get("authorityNotifiedAt").asText()).isEqualTo("2026-03-29T04:01:00+03:00");
		assertThat(backdated.get("authorityRecordedAt").asText()).isEqualTo("2026-04-04T04:00:00+03:00");
		assertThat(backdated.get("authorityDeadline").asText()).isEqualTo("MISSED");

		assertThat(entries.get(this.openPastDeadline).get("authorityDeadline").asText()).isEqualTo("MISSED");
		assertThat(entries.get(this.openInTime).get("authorityDeadline").asText()).isEqualTo("OPEN");
		assertThat(entries.get(this.openInTime).get("authorityNoticeDue").asText())
			.isEqualTo("2026-04-09T11:00:00+03:00");
	}

	@Test
	void theCsvOpensInExcelWithArabicHeadersAndNoFormula() {
		for (HttpRequest request : List.of(
				new Http(this.port).request("/api/privacy/breaches").header("Accept", "text/csv")
					.header("Authorization", Http.basic("chair1", "demo")).GET().build(),
				new Http(this.port).request("/api/privacy/breaches?format=csv")
					.header("Authorization", Http.basic("admin", "demo")).GET().build())) {
			HttpResponse<byte[]> response = new Http(this.port).send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv")
				.containsIgnoringCase("UTF-8");
			byte[] body = response.body();
			assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
			String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
			List<String> lines = csv.lines().toList();
			assertThat(lines.get(0)).startsWith("\"رقم الحادثة\",\"أبلغ عنها\",\"ما حدث\",\"وقت العلم\"")
				.contains("\"الموعد\"", "\"وقت إبلاغ الهيئة كما ذُكر\"", "\"وقت تسجيل الإبلاغ في النظام\"");
			assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"" + this.notifiedLate + "\",")
				.contains("\"فات الموعد\"").contains("\"2026-04-05 11:00\",\"2026-04-05 16:00\""));
			assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"" + this.closedInTime + "\",")
				.contains("\"رسالة أُرسلت إلى غير صاحبها, =SUM(A1)\"").contains("\"في الموعد\"").contains("\"لا يلزم\""));
			assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"" + this.openInTime + "\",")
				.contains("\"مفتوح ولم يحل موعده\""));
			// a ; separator (Excel in many locales) finds no cell boundary inside quotes, so =2+5 is never a formula
			assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"" + this.backdated + "\",")
				.contains(",\"Laptop lost;=2+5\","));
		}
		assertThat(BreachRegisterCsv.cell("Laptop lost;=2+5")).isEqualTo("\"Laptop lost;=2+5\"");
		assertThat(BreachRegisterCsv.cell("=SUM(A1)")).isEqualTo("\"'=SUM(A1)\"");
		assertThat(BreachRegisterCsv.cell("@cmd")).isEqualTo("\"'@cmd\"");
		assertThat(BreachRegisterCsv.cell("\t=1")).isEqualTo("\"'\t=1\"");
		assertThat(BreachRegisterCsv.cell("قال \"نعم\"")).isEqualTo("\"قال \"\"نعم\"\"\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "dpo1", "chair1", "admin" })
	void theOfficerTheChairAndTheAdministratorReadIt(String user) throws Exception {
		assertThat(entries(user)).containsKeys(this.backdated, this.closedInTime, this.notifiedLate, this.openPastDeadline,
				this.openInTime);
	}

	@ParameterizedTest
	@ValueSource(strings = { "relations1", "researcher1", "committee1", "auditor1", "violations1", "vicechair1",
			"director1", "ops1" })
	void everyoneElseIsRefusedWithoutLearningAnything(String user) {
		for (String path : List.of("/api/privacy/breaches", "/api/privacy/breaches?format=csv")) {
			HttpResponse<String> response = new Http(this.port).get(path, user, "demo");
			assertThat(response.statusCode()).as(user + " " + path).isEqualTo(403);
			assertThat(response.body()).doesNotContain("DB-").doesNotContain(this.openInTime).doesNotContain("رقم الحادثة");
		}
		assertThat(new Http(this.port).get("/api/privacy/breaches").statusCode()).isEqualTo(401);
	}

	@Test
	void aRefusedAssessmentWritesNothing() throws Exception {
		ProcessInstance breach = this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(this.openInTime)
			.singleResult();
		Map<String, Object> bad = new HashMap<>(assessment(true));
		bad.put(Variables.PEOPLE_AFFECTED, -1);
		bad.put(Variables.AFFECTED_PEOPLE, "1234567890");
		assertThatThrownBy(() -> complete(breach, Elements.ASSESS, bad)).hasMessageContaining("zero or more")
			.hasMessageContaining("1234567890");
		assertThat(this.runtime.getVariables(breach.getId())).doesNotContainKeys(Variables.PEOPLE_AFFECTED,
				Variables.DATA_CATEGORIES, Variables.HARM_LIKELY, Variables.AFFECTED_PEOPLE);
		JsonNode entry = entries("dpo1").get(this.openInTime);
		assertThat(entry.get("harmLikely").isNull()).isTrue();
		assertThat(entry.get("peopleAffected").isNull()).isTrue();
	}

	private Map<String, JsonNode> entries(String user) throws Exception {
		HttpResponse<String> response = new Http(this.port).get("/api/privacy/breaches", user, "demo");
		assertThat(response.statusCode()).as(user).isEqualTo(200);
		Map<String, JsonNode> entries = new HashMap<>();
		this.json.readTree(response.body()).forEach(entry -> entries.put(entry.get("number").asText(), entry));
		return entries;
	}

	private ProcessInstance start(ZonedDateTime awareAt, String description) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(Variables.DESCRIPTION, description);
		variables.put(Variables.AWARE_AT, Date.from(awareAt.toInstant()));
		variables.put(Variables.DISCOVERY, "بلاغ موظف");
		return this.runtime.startProcessInstanceByKey(DataBreachProcess.PROCESS_ID, variables);
	}

	private void assess(ProcessInstance breach, boolean harmLikely) {
		complete(breach, Elements.ASSESS, assessment(harmLikely));
	}

	private static Map<String, Object> assessment(boolean harmLikely) {
		return Map.of(Variables.HARM_LIKELY, harmLikely, Variables.DATA_CATEGORIES, "الاسم والبريد",
				Variables.PEOPLE_AFFECTED, 4, Variables.RECORDS_AFFECTED, 4, Variables.RISKS, "تصيّد",
				Variables.MEASURES, "إبلاغ المستلم بالحذف", Variables.AFFECTED_PEOPLE, "");
	}

	private void complete(ProcessInstance breach, String activity, Map<String, Object> variables) {
		String task = this.tasks.createTaskQuery().processInstanceId(breach.getId()).taskDefinitionKey(activity)
			.singleResult().getId();
		this.tasks.complete(task, variables);
	}

}
