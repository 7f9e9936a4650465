package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
import sa.nonprofit.hail.support.PortalClient;
import sa.nonprofit.hail.system.Refusal;

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

	SubjectFixtures fixtures;

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
				? Map.of(Variables.ERASURE_CONFIRMED, true) : Map.of(Variables.EXPORT_READY, true));
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
