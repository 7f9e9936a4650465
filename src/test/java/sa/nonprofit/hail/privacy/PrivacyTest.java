package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.privacy.SubjectFixtures.Person;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.TestClock;
import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.system.Masks;

/** The privacy API's readers, legal holds against erasure and purge, the purge by the clock, a forgotten requester. */
@ApplicationTest
class PrivacyTest {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	SubjectErasure erasure;

	@Autowired
	SubjectRecords records;

	@Autowired
	SubjectKeys keys;

	@Autowired
	RetentionPurge purge;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void onlyTheOfficerReadsAPersonsFileAndTheLookUpIsLoggedByHash() throws Exception {
		Person person = Person.random();
		SubjectFixtures fixtures = new SubjectFixtures(this.engine);
		fixtures.request(person, "تفاصيل");
		Http http = new Http(this.port);
		String path = "/api/privacy/subjects/" + person.nationalId();

		HttpResponse<String> officer = http.get(path, "dpo1", "demo");
		assertThat(officer.statusCode()).as(officer.body()).isEqualTo(200);
		// the process keeps the mobile as +9665…
		assertThat(officer.body()).contains(person.name(), person.mobile().substring(1), person.email(),
				"SUPPORT_REQUEST");
		for (String user : new String[] { "relations1", "committee1", "chair1", "auditor1", "admin", "ops1" }) {
			assertThat(http.get(path, user, "demo").statusCode()).as(user).isEqualTo(403);
		}
		assertThat(http.get(path).statusCode()).isEqualTo(401);
		assertThat(http.get("/api/privacy/subjects/1234567890", "dpo1", "demo").statusCode()).isEqualTo(400);
		assertThat(this.jdbc.queryForList("SELECT subject_hash FROM app_privacy_log WHERE user_id = 'dpo1'",
				String.class)).contains(this.keys.of(person.nationalId())).doesNotContain(person.nationalId());
	}

	@Test
	void holdsAreForTheOfficerAndTheChairAndRetentionFiguresForTheAdministratorToo() throws Exception {
		Http http = new Http(this.port);
		String hold = "{\"caseNumber\":\"BR-2026-" + UUID.randomUUID().toString().substring(0, 8)
				+ "\",\"reason\":\"دعوى منظورة\"}";
		assertThat(http.postJson("/api/privacy/legal-holds", hold, "chair1", "demo").statusCode()).isEqualTo(201);
		assertThat(http.postJson("/api/privacy/legal-holds", hold, "dpo1", "demo").statusCode()).isEqualTo(201);
		for (String user : new String[] { "relations1", "director1", "admin", "ops1" }) {
			assertThat(http.postJson("/api/privacy/legal-holds", hold, user, "demo").statusCode()).as(user)
				.isEqualTo(403);
			assertThat(http.get("/api/privacy/legal-holds", user, "demo").statusCode()).as(user).isEqualTo(403);
		}
		assertThat(http.get("/api/privacy/legal-holds", "chair1", "demo").statusCode()).isEqualTo(200);
		assertThat(http.postJson("/api/privacy/legal-holds", "{\"reason\":\"x\"}", "dpo1", "demo").statusCode())
			.isEqualTo(400);
		for (String user : new String[] { "dpo1", "chair1", "admin" }) {
			HttpResponse<String> retention = http.get("/api/privacy/retention", user, "demo");
			assertThat(retention.statusCode()).as(user).isEqualTo(200);
			assertThat(this.json.readTree(retention.body()).get("periodDays").get("closed-requests").asLong())
				.isEqualTo(1825);
		}
		for (String user : new String[] { "relations1", "ops1", "auditor1" }) {
			assertThat(http.get("/api/privacy/retention", user, "demo").statusCode()).as(user).isEqualTo(403);
		}
	}

	@Test
	void aLegalHoldRefusesTheErasureAndNothingIsErasedUntilItIsLifted() throws Exception {
		Person person = Person.random();
		SubjectFixtures fixtures = new SubjectFixtures(this.engine);
		ProcessInstance request = fixtures.request(person, "تفاصيل " + person.name());
		fixtures.reject(request.getId(), "لا تنطبق الشروط");
		Http http = new Http(this.port);
		HttpResponse<String> placed = http.postJson("/api/privacy/legal-holds",
				"{\"nationalId\":\"" + person.nationalId() + "\",\"reason\":\"شكوى منظورة أمام الجهة المختصة\"}",
				"chair1", "demo");
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		JsonNode hold = this.json.readTree(placed.body());
		assertThat(placed.body()).doesNotContain(person.nationalId());
		assertThat(hold.get("subjectHash").asText()).isEqualTo(this.keys.of(person.nationalId()));

		assertThatThrownBy(() -> this.erasure.erase(person.nationalId(), null)).isInstanceOfSatisfying(Refusal.class,
				refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.CONFLICT));
		assertThat(this.records.gather(person.nationalId()).sections()).isNotEmpty();
		assertThat(variable(request.getId(), "applicantName")).isEqualTo(person.name());

		assertThat(http.postJson("/api/privacy/legal-holds/" + hold.get("id").asLong() + "/lift",
				"{\"reason\":\"انتهت الدعوى\"}", "dpo1", "demo").statusCode()).isEqualTo(200);
		SubjectErasure.Erasure erased = this.erasure.erase(person.nationalId(), null);
		assertThat(erased.instances()).isEqualTo(1);
		assertThat(this.records.gather(person.nationalId()).sections()).isEmpty();
		assertThat(variable(request.getId(), "applicantName")).isNull();
		assertThat(variable(request.getId(), "committeeDecision")).isEqualTo("REJECTED");
	}

	@Test
	void aHoldOnOneCaseAndAnOpenRequestEachRefuseTheErasure() {
		Person person = Person.random();
		SubjectFixtures fixtures = new SubjectFixtures(this.engine);
		ProcessInstance open = fixtures.request(person, "تفاصيل");
		assertThatThrownBy(() -> this.erasure.erase(person.nationalId(), null)).isInstanceOfSatisfying(Refusal.class,
				refusal -> assertThat(refusal.english()).contains("still open"));
		fixtures.reject(open.getId(), "سبب");
		this.jdbc.update("INSERT INTO app_legal_hold (case_number, reason, placed_by, placed_at) VALUES (?, ?, ?, ?)",
				open.getBusinessKey(), "تحقيق", "dpo1", Timestamp.from(Instant.now()));
		assertThatThrownBy(() -> this.erasure.erase(person.nationalId(), null)).isInstanceOfSatisfying(Refusal.class,
				refusal -> assertThat(refusal.english()).contains("legal hold"));
		assertThat(variable(open.getId(), "nationalId")).isEqualTo(person.nationalId());
	}

	@Test
	void theRetentionPurgeRemovesWhatExpiredExceptWhatAHoldCovers() throws Exception {
		SubjectFixtures fixtures = new SubjectFixtures(this.engine);
		ProcessInstance held = fixtures.request(Person.random(), "تفاصيل");
		fixtures.reject(held.getId(), "سبب");
		ProcessInstance free = fixtures.request(Person.random(), "تفاصيل");
		fixtures.reject(free.getId(), "سبب");
		Http http = new Http(this.port);
		HttpResponse<String> placed = http.postJson("/api/privacy/legal-holds",
				"{\"caseNumber\":\"" + held.getBusinessKey() + "\",\"reason\":\"دعوى\"}", "dpo1", "demo");
		assertThat(placed.statusCode()).isEqualTo(201);

		this.clock.advance(Duration.ofDays(1094));
		this.purge.run();
		assertThat(exists(free.getId())).as("kept within its period").isTrue();

		this.clock.advance(Duration.ofDays(2));
		Map<String, Long> purged = this.purge.run();
		assertThat(exists(free.getId())).as("a rejected request after three years").isFalse();
		assertThat(exists(held.getId())).as("held").isTrue();
		assertThat(purged.get("rejected-requests")).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ?", Long.class,
				free.getId())).isZero();

		JsonNode retention = this.json.readTree(http.get("/api/privacy/retention", "chair1", "demo").body());
		// other tests of the shared context purge with the clock set further ahead: find this run among the last ones
		assertThat(retention.get("runs")).anySatisfy(run -> assertThat(run.get("purged").path("rejected-requests")
			.asLong()).isEqualTo(purged.get("rejected-requests")));
		assertThat(retention.toString()).doesNotContain(free.getBusinessKey());

		http.postJson("/api/privacy/legal-holds/" + this.json.readTree(placed.body()).get("id").asLong() + "/lift",
				"{\"reason\":\"انتهت الدعوى\"}", "dpo1", "demo");
		this.purge.run();
		assertThat(exists(held.getId())).as("purged once the hold is lifted").isFalse();
	}

	@Test
	void theClusterLockLetsOneNodeRunTheNightsPurge() {
		ClusterLock lock = new ClusterLock(this.jdbc);
		Instant night = Instant.now().plus(Duration.ofDays(4000));
		assertThat(lock.acquire(RetentionPurge.JOB, night, Duration.ofHours(12))).isTrue();
		assertThat(lock.acquire(RetentionPurge.JOB, night.plusSeconds(60), Duration.ofHours(12))).isFalse();
		assertThat(lock.acquire(RetentionPurge.JOB, night.plus(Duration.ofDays(1)), Duration.ofHours(12))).isTrue();
	}

	@Test
	void aForgottenRequesterLeavesTheRecordOfTheRequestAndMaskedNotices() {
		Person person = Person.random();
		SubjectFixtures fixtures = new SubjectFixtures(this.engine);
		ProcessInstance request = fixtures.dataRequest(person, "أريد إتلاف بياناتي " + person.name());
		String number = request.getBusinessKey();
		assertThat(number).startsWith(DataSubjectProcess.NUMBER_PREFIX + "-");
		this.jdbc.update("""
				INSERT INTO app_notification (id, created_at, kind, reference, recipient_role, recipient_name,
				  recipient_mobile, recipient_email, subject, body, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				UUID.randomUUID().toString(), Timestamp.from(Instant.now()), "DATA_REQUEST_EXTENDED", number,
				"APPLICANT", person.name(), "+966512345667", "ahmad@x.sa", "مددنا المدة", "عزيزنا " + person.name(),
				"NOT_SENT");
		assertThat(variable(request.getId(), Variables.MOBILE)).isEqualTo("+966" + person.mobile().substring(1));

		this.erasure.forgetRequester(request.getId());

		for (String personal : new String[] { Variables.NATIONAL_ID, Variables.MOBILE, Variables.EMAIL,
				Variables.DETAILS }) {
			assertThat(variable(request.getId(), personal)).as(personal).isNull();
		}
		assertThat(variable(request.getId(), Variables.SUBJECT_HASH)).isEqualTo(this.keys.of(person.nationalId()));
		assertThat(variable(request.getId(), Variables.REQUEST_NUMBER)).isEqualTo(number);
		assertThat(variable(request.getId(), Variables.REQUEST_TYPE)).isEqualTo("DESTRUCTION");
		assertThat(variable(request.getId(), Variables.DATA_REQUEST_DUE)).isNotNull();
		List<Map<String, Object>> notices = this.jdbc.queryForList(
				"SELECT kind, recipient_name, recipient_mobile, recipient_email, body FROM app_notification"
						+ " WHERE reference = ? ORDER BY kind",
				number);
		// the receipt the process sent, and the notice written above
		assertThat(notices).extracting(notice -> notice.get("KIND"))
			.containsExactly("DATA_REQUEST_EXTENDED", "DATA_REQUEST_RECEIVED");
		assertThat(notices.get(0).get("RECIPIENT_MOBILE")).isEqualTo("05XXXXXX67");
		assertThat(notices.get(0).get("RECIPIENT_EMAIL")).isEqualTo("a***@x***.sa");
		assertThat(notices.get(1).get("RECIPIENT_MOBILE")).isEqualTo(Masks.mobile(person.mobile()));
		for (Map<String, Object> notice : notices) {
			assertThat(notice.get("RECIPIENT_NAME")).isNull();
			assertThat(notice.get("BODY")).isEqualTo("");
			assertThat(notice.toString()).doesNotContain(person.name(), person.email(), person.mobile().substring(1));
		}
	}

	private Object variable(String instance, String name) {
		var found = this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.variableName(name)
			.list();
		return found.isEmpty() ? null : found.get(0).getValue();
	}

	private boolean exists(String instance) {
		return this.engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
			.count() == 1;
	}

}
