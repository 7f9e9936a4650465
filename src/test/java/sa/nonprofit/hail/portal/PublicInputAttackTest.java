package sa.nonprofit.hail.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.PortalClient;
import sa.nonprofit.hail.support.PortalClient.Part;

/**
 * What an attacker (or an unlucky browser) may send the public API: over-long fields, odd paths, broken multipart,
 * missing tokens. Nothing of it answers 500, and every refusal is problem+json in Arabic and English.
 */
@ApplicationTest
class PublicInputAttackTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	PortalClient portal;

	@BeforeEach
	void setUp() {
		this.portal = new PortalClient(this.port);
	}

	@Test
	void aReportOfEightThousandCharactersIsKeptWhole() {
		String description = "وصف طويل للمخالفة مع تفاصيل ".repeat(400).substring(0, 8000);
		HttpResponse<String> response = this.portal.postJson("/api/public/reports",
				"{\"category\":\"FINANCIAL\",\"description\":\"" + description + "\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String number = this.portal.read(response).get("reportNumber").asText();
		String instance = this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();

		assertThat(this.runtime.getVariable(instance, "description")).isEqualTo(description);
		assertThat(this.history.createHistoricVariableInstanceQuery().processInstanceId(instance)
			.variableName("description").singleResult().getValue()).isEqualTo(description);
		HttpResponse<String> rest = this.portal.http().get("/engine-rest/history/variable-instance?processInstanceId="
				+ instance + "&variableName=description", "admin", "demo");
		JsonNode variable = this.portal.read(rest).get(0);
		assertThat(variable.get("type").asText()).isEqualTo("String");
		assertThat(variable.get("value").asText()).isEqualTo(description);
	}

	@Test
	void aReportLongerThanThePageAllowsIsRefused() {
		HttpResponse<String> response = this.portal.postJson("/api/public/reports",
				"{\"category\":\"FINANCIAL\",\"description\":\"" + "x".repeat(8001) + "\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertProblem(response);
	}

	@Test
	void anEmailOverTwoHundredCharactersIsRefusedOnASupportRequest() {
		String email = "a".repeat(195) + "@example.org";
		HttpResponse<String> response = this.portal.postJson("/api/public/support-requests", """
				{"applicantName":"خالد الشمري","nationalId":"1000005015","mobile":"0501112233","email":"%s",
				 "supportType":"FITNESS_PROGRAM","requestDetails":"برنامج","declarationAccepted":true}""".formatted(email));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.portal.read(response).get("errors").findValuesAsText("field")).containsExactly("email");
	}

	@Test
	void anEmailOverTwoHundredCharactersIsRefusedOnAReport() {
		String email = "a".repeat(195) + "@example.org";
		HttpResponse<String> response = this.portal.postJson("/api/public/reports",
				"{\"category\":\"FINANCIAL\",\"description\":\"x\",\"contactEmail\":\"" + email + "\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertProblem(response);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/public/support-requests/%s/status|{\"nationalId\":\"1000005015\"}",
			"/api/public/reports/%s/status|{\"accessCode\":\"AAAAA\"}",
			"/api/public/reports/%s/messages|{\"accessCode\":\"AAAAA\",\"text\":\"x\"}" })
	void aNumberLongerThanAnyNumberIsSimplyUnknown(String pathAndBody) {
		String[] parts = pathAndBody.split("\\|");
		HttpResponse<String> response = this.portal.postJson(parts[0].formatted("WB-2026-" + "A".repeat(60)), parts[1]);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
		assertProblem(response);
	}

	@ParameterizedTest
	@ValueSource(strings = { "evil\u0000.pdf", "bell\u0007.pdf", "tab\u0009and\u001b.pdf" })
	void controlCharactersInAFileNameDoNotBreakTheReport(String fileName) {
		HttpResponse<String> response = this.portal.postMultipart("/api/public/reports",
				List.of(new String[] { "category", "FINANCIAL" }, new String[] { "description", "ملف" }),
				List.of(new Part(fileName, "application/pdf", PortalApiTest.PDF)));
		assertThat(response.statusCode()).as(response.body()).isIn(201, 400);
		assertProblemOrCreated(response);
	}

	@Test
	void aMultipartBodyWithoutBoundaryIsABadRequest() {
		HttpResponse<String> response = sendWithCsrf("/api/public/reports", "multipart/form-data", "--x\r\n\r\n");
		assertThat(response.statusCode()).as(response.body()).isIn(400, 415);
		assertProblem(response);
	}

	@Test
	void aMissingCsrfTokenIsRefusedInBothLanguages() {
		HttpResponse<String> response = this.portal.postWithoutCsrf("/api/public/reports",
				"{\"category\":\"FINANCIAL\",\"description\":\"x\"}");
		assertThat(response.statusCode()).isEqualTo(403);
		assertProblem(response);
	}

	@Test
	void anUnknownPublicPathIsNotFoundInBothLanguages() {
		HttpResponse<String> response = this.portal.http().get("/api/public/no-such-thing");
		assertThat(response.statusCode()).isEqualTo(404);
		assertProblem(response);
	}

	@Test
	void aWrongMethodIsRefusedInBothLanguages() {
		HttpResponse<String> response = this.portal.http().get("/api/public/reports");
		assertThat(response.statusCode()).isEqualTo(405);
		assertProblem(response);
	}

	@Test
	void aWrongContentTypeIsRefusedInBothLanguages() {
		HttpResponse<String> response = sendWithCsrf("/api/public/support-requests", "text/plain", "hello");
		assertThat(response.statusCode()).isEqualTo(415);
		assertProblem(response);
	}

	@ParameterizedTest
	@ValueSource(strings = { "//engine-rest/user", "/api/public//reports", "/api/public/./reports" })
	void oddPathsAreBadRequestsNotServerErrors(String path) {
		HttpResponse<String> response = this.portal.http().get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertProblem(response);
	}

	private HttpResponse<String> sendWithCsrf(String path, String contentType, String body) {
		Http http = this.portal.http();
		String token = this.portal.read(http.get("/api/public/csrf")).get("token").asText();
		return http.send(http.request(path).header("Content-Type", contentType).header("X-XSRF-TOKEN", token)
			.header("Cookie", "XSRF-TOKEN=" + token)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	private void assertProblemOrCreated(HttpResponse<String> response) {
		if (response.statusCode() != 201) {
			assertProblem(response);
		}
	}

	private void assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
			.startsWith("application/problem+json");
		JsonNode problem = this.portal.read(response);
		assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
		assertThat(problem.path("messageAr").asText()).isNotBlank();
		assertThat(problem.path("messageEn").asText()).isNotBlank();
	}

}
