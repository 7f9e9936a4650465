package sa.nonprofit.hail.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;

/** Through the REST API as real users: who may start a request, and the deployed Camunda Form of a task. */
@ApplicationTest
class BeneficiaryAccessTest {

	private static final String START = "/engine-rest/process-definition/key/BeneficiaryRequestProcess/start";

	private static final String APPLICATION = """
			{"variables": {
			  "applicantName": {"value": "سارة"}, "nationalId": {"value": "%s"}, "mobile": {"value": "0501234567"},
			  "channel": {"value": "PHONE"}, "supportType": {"value": "FITNESS_PROGRAM"},
			  "requestDetails": {"value": "برنامج لياقة"}}}""";

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.camunda.bpm.engine.ManagementService management;

	Http http;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void beneficiaryRelationsStartARequestAndGetTheTaskFormFromForms() throws Exception {
		HttpResponse<String> started = this.http.postJson(START, APPLICATION.formatted(BeneficiaryRequestProcessTest.uniqueId(901)),
				"relations1", "demo");
		assertThat(started.statusCode()).isEqualTo(200);
		String instanceId = this.json.readTree(started.body()).get("id").asText();
		this.management.executeJob(this.management.createJobQuery().processInstanceId(instanceId).singleResult().getId());
		assertThat(this.json.readTree(started.body()).get("businessKey").asText()).matches("BR-\\d{4}-\\d{6}");

		JsonNode tasks = this.json.readTree(this.http.get("/engine-rest/task?processInstanceId=" + instanceId,
				"relations1", "demo").body());
		assertThat(tasks.findValuesAsText("taskDefinitionKey")).containsExactly("Task_VerifyApplication");

		HttpResponse<String> form = this.http.get("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/deployed-form",
				"relations1", "demo");
		assertThat(form.statusCode()).isEqualTo(200);
		JsonNode schema = this.json.readTree(form.body());
		assertThat(schema.get("id").asText()).isEqualTo("VerifyApplication");
		assertThat(schema.findValuesAsText("label")).contains("نتيجة المطابقة");
	}

	@ParameterizedTest
	@ValueSource(strings = { "researcher1", "committee1", "auditor1", "chair1", "director1" })
	void nobodyElseStartsARequest(String user) {
		HttpResponse<String> response = this.http.postJson(START, APPLICATION.formatted("1000000008"), user, "demo");
		// Groups without READ on the process do not even learn that it exists (404); the others get 403.
		assertThat(response.statusCode()).as(response.body()).isIn(403, 404);
		assertThat(response.body()).doesNotContain("businessKey");
	}

	@Test
	void theStartFormIsDeployedFromForms() throws Exception {
		HttpResponse<String> form = this.http.get("/engine-rest/process-definition/key/BeneficiaryRequestProcess/deployed-start-form",
				"relations1", "demo");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(form.body()).get("id").asText()).isEqualTo("BeneficiaryRequestStart");
	}

}
