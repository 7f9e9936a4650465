package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.privacy.DataSubjectProcess.Elements;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.privacy.SubjectFixtures.Person;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.PortalClient;
import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.whistleblowing.AccusedRole;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;
import sa.nonprofit.hail.system.Masks;

/**
 * The attacks an adversarial review made on the personal-data features (issue 17), each replayed against the
 * application: every test here failed before its fix.
 */
@ApplicationTest
class PrivacyAttackTest {

	private static final String BASE = "/api/public/data-requests";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	SubjectErasure erasure;

	@Autowired
	SubjectRecords records;

	@Autowired
	DataRequestStatuses statuses;

	@Autowired
	DataRequestAccessCodes codes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SubjectKeys keys;

	SubjectFixtures fixtures;

	private final ObjectMapper json = new ObjectMapper();

	PortalClient portal;

	@BeforeEach
	void setUp() {
		this.fixtures = new SubjectFixtures(this.engine);
		this.portal = new PortalClient(this.port);
	}

	// Finding 1: after an erasure an old access code exported the support requests filed with a blank national ID.

	@Test
	void anOldAccessCodeExportsNothingOnceThePersonsDataWasDestroyed() {
		ProcessInstance blank = this.fixtures.request(new Person("", "متصل لم يذكر هويته", "0500000017", ""),
				"طلب هاتفي قبل ذكر الهوية");
		Person person = Person.random();
		String[] access = filedAndFulfilled(person, "ACCESS");
		HttpResponse<String> before = this.portal.postJson(BASE + "/" + access[0] + "/export", code(access[1]));
		assertThat(before.statusCode()).as(before.body()).isEqualTo(200);

		String[] destruction = filedAndFulfilled(person, "DESTRUCTION");
		assertThat(this.engine.getHistoryService().createHistoricActivityInstanceQuery()
			.processInstanceId(instance(destruction[0])).activityId(Elements.END_REQUESTER_FORGOTTEN).count())
			.as("erased, told and forgotten").isEqualTo(1);

		HttpResponse<String> after = this.portal.postJson(BASE + "/" + access[0] + "/export", code(access[1]));
		assertThat(after.body()).doesNotContain(blank.getBusinessKey()).doesNotContain("طلب هاتفي قبل ذكر الهوية");
		assertThat(after.statusCode()).isEqualTo(404);
		assertThat(this.codes.matches(access[0], access[1])).as("the erased request's code is revoked").isFalse();
		// the destruction request keeps its code and its status, but never an export
		assertThat(this.codes.matches(destruction[0], destruction[1])).isTrue();
		HttpResponse<String> status = this.portal.postJson(BASE + "/" + destruction[0] + "/status", code(destruction[1]));
		assertThat(this.portal.read(status).get("stage").asText()).isEqualTo("FULFILLED");
		assertThat(this.portal.read(status).get("exportAvailable").asBoolean()).isFalse();
		assertThat(this.portal.postJson(BASE + "/" + destruction[0] + "/export", code(destruction[1])).statusCode())
			.isEqualTo(409);
	}

	@Test
	void aBlankOrInvalidNationalIdGathersNothing() {
		this.fixtures.request(new Person("", "متصل لم يذكر هويته", "0500000017", ""), "طلب هاتفي قبل ذكر الهوية");
		for (String id : new String[] { "", " ", "1234567890" }) {
			assertThatThrownBy(() -> this.records.gather(id)).as("[" + id + "]")
				.isInstanceOfSatisfying(Refusal.class,
						refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.INVALID));
		}
	}

	@Test
	void aFulfilledAccessRequestWhoseRequesterWasErasedNoLongerExports() {
		Person person = Person.random();
		String[] access = filedAndFulfilled(person, "ACCESS");

		this.erasure.erase(person.nationalId(), null);

		DataRequestStatuses.DataRequestStatus status = this.statuses.statusOf(access[0]).orElseThrow();
		assertThat(status.stage()).isEqualTo(DataRequestStatuses.Stage.FULFILLED);
		assertThat(status.exportAvailable()).isFalse();
		assertThatThrownBy(() -> this.statuses.exportOf(access[0])).isInstanceOfSatisfying(Refusal.class,
				refusal -> assertThat(refusal.english()).contains("destroyed"));
	}

	// Finding 2: every hold was listed to the chair, a report's too, and anyone in the groups lifted any hold.

	@Test
	void aHoldOnAReportAgainstTheChairIsListedOnlyToThoseWhoMayReadTheReport() throws Exception {
		String report = reportAgainstTheChair();
		Http http = new Http(this.port);
		HttpResponse<String> placed = http.postJson("/api/privacy/legal-holds",
				"{\"caseNumber\":\"" + report + "\",\"reason\":\"تحقيق جارٍ في البلاغ\"}", "vicechair1", "demo");
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);

		HttpResponse<String> chair = http.get("/api/privacy/legal-holds", "chair1", "demo");
		assertThat(chair.statusCode()).isEqualTo(200);
		assertThat(chair.body()).doesNotContain(report).doesNotContain("تحقيق جارٍ في البلاغ");
		HttpResponse<String> viceChair = http.get("/api/privacy/legal-holds", "vicechair1", "demo");
		assertThat(viceChair.statusCode()).isEqualTo(200);
		assertThat(viceChair.body()).contains(report).contains("تحقيق جارٍ في البلاغ");
		// the officer, who may not read reports, can still lift it, and learns neither the report nor the reason
		HttpResponse<String> lifted = http.postJson(
				"/api/privacy/legal-holds/" + this.json.readTree(placed.body()).get("id").asLong() + "/lift",
				"{\"reason\":\"انتهى التحقيق\"}", "dpo1", "demo");
		assertThat(lifted.statusCode()).isEqualTo(200);
		assertThat(lifted.body()).doesNotContain(report).doesNotContain("تحقيق جارٍ في البلاغ").contains("dpo1");
		assertThat(http.get("/api/privacy/legal-holds", "dpo1", "demo").body()).doesNotContain(report);
	}

	@Test
	void onlyTheOfficerLiftsAHoldAndOnlyWithAReasonThatIsRecorded() throws Exception {
		Http http = new Http(this.port);
		HttpResponse<String> placed = http.postJson("/api/privacy/legal-holds",
				"{\"caseNumber\":\"BR-2026-" + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"reason\":\"دعوى منظورة\"}", "chair1", "demo");
		assertThat(placed.statusCode()).isEqualTo(201);
		long id = this.json.readTree(placed.body()).get("id").asLong();
		String lift = "/api/privacy/legal-holds/" + id + "/lift";
		String reason = "{\"reason\":\"صدر الحكم النهائي في الدعوى\"}";

		for (String user : new String[] { "chair1", "vicechair1", "relations1", "admin" }) {
			assertThat(http.postJson(lift, reason, user, "demo").statusCode()).as(user).isEqualTo(403);
		}
		for (String noReason : new String[] { "{}", "{\"reason\":\"  \"}" }) {
			HttpResponse<String> refused = http.postJson(lift, noReason, "dpo1", "demo");
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_legal_hold WHERE id = ? AND lifted_at IS NULL",
				Long.class, id)).as("still standing").isEqualTo(1);

		HttpResponse<String> lifted = http.postJson(lift, reason, "dpo1", "demo");
		assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
		JsonNode hold = this.json.readTree(lifted.body());
		assertThat(hold.get("liftedBy").asText()).isEqualTo("dpo1");
		assertThat(hold.get("liftReason").asText()).isEqualTo("صدر الحكم النهائي في الدعوى");
		assertThat(hold.get("liftedAt").isNull()).isFalse();
		assertThat(this.jdbc.queryForObject("SELECT lift_reason FROM app_legal_hold WHERE id = ?", String.class, id))
			.isEqualTo("صدر الحكم النهائي في الدعوى");
	}

	@Test
	void theViceChairPlacesAndListsHolds() {
		Http http = new Http(this.port);
		String hold = "{\"caseNumber\":\"BR-2026-" + UUID.randomUUID().toString().substring(0, 8)
				+ "\",\"reason\":\"دعوى منظورة\"}";
		assertThat(http.postJson("/api/privacy/legal-holds", hold, "vicechair1", "demo").statusCode()).isEqualTo(201);
		assertThat(http.get("/api/privacy/legal-holds", "vicechair1", "demo").statusCode()).isEqualTo(200);
	}

	/** A report whose accused is the board chair: the vice chair handles it, the chair may not read it. */
	private String reportAgainstTheChair() {
		ProcessInstance report = this.engine.getRuntimeService().startProcessInstanceByKey(
				WhistleblowerProcess.PROCESS_ID,
				Map.of(WhistleblowerProcess.Variables.CHANNEL, "PHONE", WhistleblowerProcess.Variables.CATEGORY,
						"FINANCIAL", WhistleblowerProcess.Variables.ACCUSED_ROLE, AccusedRole.BOARD_CHAIR.name(),
						WhistleblowerProcess.Variables.DESCRIPTION, "بلاغ عن الرئيس"));
		this.fixtures.runAsyncSteps(report.getId());
		return report.getBusinessKey();
	}

	// Finding 3: a stranger blocked a victim's erasure by filing data requests with the victim's national ID.

	@Test
	void aStrangersOpenDataRequestsDoNotBlockTheErasureAndAreEndedWithIt() {
		Person victim = Person.random();
		ProcessInstance support = this.fixtures.request(victim, "تفاصيل");
		this.fixtures.reject(support.getId(), "لا تنطبق الشروط");
		JsonNode stranger = this.portal.read(this.portal.postJson(BASE, """
				{"nationalId":"%s","mobile":"0598765432","email":"","requestType":"ACCESS","details":"طلب غريب",
				 "declarationAccepted":true}""".formatted(victim.nationalId())));
		String strangers = instance(stranger.get("requestNumber").asText());
		this.fixtures.runAsyncSteps(strangers);

		String[] destruction = filedAndFulfilled(victim, "DESTRUCTION");

		assertThat(this.engine.getHistoryService().createHistoricActivityInstanceQuery()
			.processInstanceId(instance(destruction[0])).activityId(Elements.END_REQUESTER_FORGOTTEN).count())
			.as("carried out, not refused").isEqualTo(1);
		assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(strangers).count())
			.as("the stranger's request ended").isZero();
		assertThat(this.engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(strangers)
			.variableName(Variables.NATIONAL_ID).count()).isZero();
		assertThat(this.engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(strangers)
			.variableName(Variables.MOBILE).count()).isZero();
		assertThat(this.codes.matches(stranger.get("requestNumber").asText(), stranger.get("accessCode").asText()))
			.isFalse();
	}

	@Test
	void anOpenSupportRequestStillBlocksTheErasure() {
		Person person = Person.random();
		this.fixtures.request(person, "تفاصيل");
		assertThatThrownBy(() -> this.erasure.erase(person.nationalId(), null)).isInstanceOfSatisfying(Refusal.class,
				refusal -> assertThat(refusal.english()).contains("still open"));
	}

	// Finding 5: the identity check showed only the mobile the requester typed, not the one on file.

	@Test
	void theOfficerSeesTheMobileOnFileAndIsWarnedWhenTheOneGivenDiffers() throws Exception {
		Person victim = Person.random();
		this.fixtures.request(victim, "تفاصيل");
		String stranger = filed(victim.nationalId(), "0598765432");
		assertThat(variable(stranger, Variables.MOBILE_ON_FILE)).isEqualTo(Masks.mobile(victim.mobile()))
			.doesNotContain(victim.mobile().substring(2, 8));
		assertThat(variable(stranger, Variables.MOBILE_CHECK)).contains("يختلف عن الجوال المسجّل");

		String own = filed(victim.nationalId(), victim.mobile());
		assertThat(variable(own, Variables.MOBILE_ON_FILE)).isEqualTo(Masks.mobile(victim.mobile()));
		assertThat(variable(own, Variables.MOBILE_CHECK)).contains("يطابق الجوال المسجّل");

		String unknown = filed(SubjectFixtures.nationalId(), "0598765432");
		assertThat(variable(unknown, Variables.MOBILE_ON_FILE)).isEqualTo("");
		assertThat(variable(unknown, Variables.MOBILE_CHECK)).contains("لا يوجد جوال مسجّل");

		JsonNode form = this.json.readTree(getClass().getResourceAsStream("/forms/data-request-verify-identity.form"));
		for (String key : new String[] { Variables.MOBILE_ON_FILE, Variables.MOBILE_CHECK }) {
			assertThat(form.get("components").findParents("key")).as(key)
				.anySatisfy(field -> {
					assertThat(field.get("key").asText()).isEqualTo(key);
					assertThat(field.get("readonly").asBoolean()).isTrue();
				});
		}
	}

	/** An access request filed on the portal with this ID and mobile: its instance id. */
	private String filed(String nationalId, String mobile) {
		JsonNode receipt = this.portal.read(this.portal.postJson(BASE, """
				{"nationalId":"%s","mobile":"%s","email":"","requestType":"ACCESS","details":"طلب",
				 "declarationAccepted":true}""".formatted(nationalId, mobile)));
		return instance(receipt.get("requestNumber").asText());
	}

	private String variable(String instance, String name) {
		return (String) this.engine.getRuntimeService().getVariable(instance, name);
	}

	// Finding 6: the export showed the officer's notes, the hash, raw variable names and other filers' contact.

	@Test
	void theExportShowsADataRequestAsNumberDatesTypeDecisionAndReasonOnly() throws Exception {
		Person person = Person.random();
		this.fixtures.request(person, "تفاصيل طلب الدعم");
		JsonNode stranger = this.portal.read(this.portal.postJson(BASE, """
				{"nationalId":"%s","mobile":"0598765431","email":"stranger@evil.sa","requestType":"COPY",
				 "details":"سر الغريب","declarationAccepted":true}""".formatted(person.nationalId())));
		this.fixtures.runAsyncSteps(instance(stranger.get("requestNumber").asText()));
		String[] access = filedAndFulfilled(person, "ACCESS");

		SubjectFile file = this.statuses.exportOf(access[0]);
		String text = this.json.writeValueAsString(file.sections());
		assertThat(text).doesNotContain("598765431").doesNotContain("stranger@evil.sa").doesNotContain("سر الغريب")
			.doesNotContain("ملاحظة داخلية للمسؤول").doesNotContain(this.keys.of(person.nationalId()));
		assertThat(text).contains(stranger.get("requestNumber").asText()).contains("تفاصيل طلب الدعم");
		for (SubjectFile.Section section : file.sections()) {
			for (SubjectFile.Entry entry : section.entries()) {
				assertThat(entry.label()).as("an Arabic label, not a variable's name").isNotEqualTo(entry.source());
				assertThat(entry.source()).isNotIn(Variables.SUBJECT_HASH, Variables.FULFILMENT_NOTES,
						Variables.EXPORT_READY, Variables.EXTENSION_USED, Variables.MOBILE_ON_FILE,
						Variables.MOBILE_CHECK);
			}
			if (section.kind().equals(SubjectFiles.DATA_REQUEST)) {
				assertThat(section.entries()).extracting(SubjectFile.Entry::source).isSubsetOf("startTime", "endTime",
						Variables.REQUEST_NUMBER, Variables.REQUEST_TYPE, Variables.DATA_REQUEST_DUE,
						Variables.DATA_REQUEST_DECISION, Variables.DECISION_REASON);
			}
		}
		assertThat(file.sections()).extracting(SubjectFile.Section::reference)
			.filteredOn(reference -> reference.startsWith("DR-"))
			.containsOnly(stranger.get("requestNumber").asText(), access[0]);
		assertThat(file.sections()).filteredOn(section -> section.reference().startsWith("DR-"))
			.extracting(SubjectFile.Section::kind).containsOnly(SubjectFiles.DATA_REQUEST);
	}

	// Finding 7: the retention figures told the chair how many whistleblowing reports were purged.

	@Test
	void onlyTheAdministratorSeesHowManyReportsAPurgeRemoved() throws Exception {
		// whole seconds: the database keeps no more, and the row is found again by this time to be deleted
		Timestamp night = Timestamp.from(Instant.now().plus(Duration.ofDays(9000)).truncatedTo(ChronoUnit.SECONDS));
		for (String[] row : new String[][] { { "reports", "3" }, { "rejected-requests", "2" } }) {
			this.jdbc.update("INSERT INTO app_retention_run (started_at, record_type, purged) VALUES (?, ?, ?)", night,
					row[0], Long.parseLong(row[1]));
		}
		try {
			Http http = new Http(this.port);
			for (String user : new String[] { "chair1", "dpo1" }) {
				JsonNode run = this.json.readTree(http.get("/api/privacy/retention", user, "demo").body())
					.get("runs").get(0);
				assertThat(run.get("purged").get("rejected-requests").asLong()).as(user).isEqualTo(2);
				assertThat(run.get("purged").has("reports")).as(user).isFalse();
			}
			JsonNode admin = this.json.readTree(http.get("/api/privacy/retention", "admin", "demo").body());
			assertThat(admin.get("runs").get(0).get("purged").get("reports").asLong()).isEqualTo(3);
		}
		finally {
			assertThat(this.jdbc.update("DELETE FROM app_retention_run WHERE started_at = ?", night)).isEqualTo(2);
		}
	}

	/** A request of this type filed on the portal, verified and carried out to its end: its number and code. */
	private String[] filedAndFulfilled(Person person, String type) {
		JsonNode receipt = this.portal.read(this.portal.postJson(BASE, """
				{"nationalId":"%s","mobile":"%s","email":"","requestType":"%s","details":"طلب عبر البوابة",
				 "declarationAccepted":true}""".formatted(person.nationalId(), person.mobile(), type)));
		String number = receipt.get("requestNumber").asText();
		String instance = instance(number);
		this.fixtures.runAsyncSteps(instance);
		verified(instance);
		this.fixtures.complete(instance, Elements.REVIEW, "dpo1", Map.of(Variables.DATA_REQUEST_DECISION, "FULFIL"));
		this.fixtures.complete(instance, Elements.FULFIL, "dpo1", "DESTRUCTION".equals(type)
				? Map.of(Variables.ERASURE_CONFIRMED, true)
				: Map.of(Variables.EXPORT_READY, true, Variables.FULFILMENT_NOTES, "ملاحظة داخلية للمسؤول"));
		return new String[] { number, receipt.get("accessCode").asText() };
	}

	private void verified(String instance) {
		this.fixtures.complete(instance, Elements.VERIFY_IDENTITY, "dpo1", Map.of(Variables.IDENTITY_VERIFIED, true,
				Variables.VERIFICATION_METHOD, "ID_DOCUMENT_IN_PERSON"));
	}

	private static String code(String accessCode) {
		return "{\"accessCode\":\"" + accessCode + "\"}";
	}

	/** The instance id of a request, running or ended. */
	private String instance(String number) {
		return this.engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
			.singleResult().getId();
	}

}
