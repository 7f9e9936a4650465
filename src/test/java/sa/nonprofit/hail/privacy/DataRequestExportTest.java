package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

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
import sa.nonprofit.hail.support.TestClock;
import sa.nonprofit.hail.system.Sealer;

/**
 * A person's export is gathered once, when the officer fulfils their access or copy request, kept sealed, served from
 * there, and erased with the person or with the request when its retention period ends.
 */
@ApplicationTest
class DataRequestExportTest {

	private static final String BASE = "/api/public/data-requests";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Sealer sealer;

	@Autowired
	SubjectErasure erasure;

	@Autowired
	RetentionPurge purge;

	@Autowired
	TestClock clock;

	SubjectFixtures fixtures;

	PortalClient portal;

	@BeforeEach
	void setUp() {
		this.fixtures = new SubjectFixtures(this.engine);
		this.portal = new PortalClient(this.port);
	}

	@Test
	void theExportIsKeptSealedFromTheFulfilmentServedAsConfirmedAndErasedWithThePerson() {
		Person person = Person.random();
		String marker = "MARKER-" + UUID.randomUUID();
		ProcessInstance support = this.fixtures.request(person, "تفاصيل " + marker);
		String[] request = fulfilledCopy(person, true);
		String number = request[0];
		String code = request[1];

		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT content, key_id FROM app_data_request_export WHERE request_number = ?", number);
		assertThat(row.get("KEY_ID")).isEqualTo(this.sealer.currentKeyId());
		String stored = new String((byte[]) row.get("CONTENT"), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain(marker).doesNotContain(person.nationalId()).doesNotContain(number)
			.doesNotContain("sections");

		// what came later is not in the export the officer confirmed
		String later = "LATER-" + UUID.randomUUID();
		ProcessInstance laterRequest = this.fixtures.request(person, "تفاصيل " + later);
		HttpResponse<String> export = this.portal.postJson(BASE + "/" + number + "/export", code);
		assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
		assertThat(export.body()).contains(marker).contains(support.getBusinessKey()).doesNotContain(later);

		this.fixtures.reject(support.getId(), "لا تنطبق الشروط");
		this.fixtures.reject(laterRequest.getId(), "لا تنطبق الشروط");
		this.erasure.erase(person.nationalId(), null);
		assertThat(kept(number)).as("the export goes with the person").isZero();
	}

	/** A copy request of the person's through the portal, fulfilled by the officer: its number and access-code body. */
	private String[] fulfilledCopy(Person person, boolean checkNothingKeptBefore) {
		JsonNode receipt = this.portal.read(this.portal.postJson(BASE, """
				{"nationalId":"%s","mobile":"%s","email":"","requestType":"COPY","details":"طلب نسخة",
				 "declarationAccepted":true}""".formatted(person.nationalId(), person.mobile())));
		String number = receipt.get("requestNumber").asText();
		String code = "{\"accessCode\":\"" + receipt.get("accessCode").asText() + "\"}";
		String instance = instance(number);
		this.fixtures.runAsyncSteps(instance);
		this.fixtures.complete(instance, Elements.VERIFY_IDENTITY, "dpo1", Map.of(Variables.IDENTITY_VERIFIED, true,
				Variables.VERIFICATION_METHOD, "ID_DOCUMENT_IN_PERSON"));
		this.fixtures.complete(instance, Elements.REVIEW, "dpo1", Map.of(Variables.DATA_REQUEST_DECISION, "FULFIL"));
		if (checkNothingKeptBefore) {
			assertThat(kept(number)).as("nothing is kept before the fulfilment").isZero();
		}
		this.fixtures.complete(instance, Elements.FULFIL, "dpo1", Map.of(Variables.EXPORT_READY, true));
		return new String[] { number, code };
	}

	@Test
	void theRetentionPurgeTakesAnExpiredRequestsExportWithIt() {
		String number = fulfilledCopy(Person.random(), false)[0];
		String instance = instance(number);
		this.engine.getManagementService().createJobQuery().processInstanceId(instance).list()
			.forEach(job -> this.engine.getManagementService().executeJob(job.getId()));
		assertThat(this.engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
			.singleResult().getEndTime()).as("the request ended").isNotNull();
		assertThat(kept(number)).isEqualTo(1);
		this.clock.advance(Duration.ofDays(1826));
		try {
			this.purge.run();
		}
		finally {
			this.clock.reset();
		}
		assertThat(kept(number)).isZero();
	}

	private long kept(String number) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM app_data_request_export WHERE request_number = ?",
				Long.class, number);
	}

	private String instance(String number) {
		return this.engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
			.singleResult().getId();
	}

}
