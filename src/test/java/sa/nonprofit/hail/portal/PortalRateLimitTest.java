package sa.nonprofit.hail.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import sa.nonprofit.hail.support.PortalClient;

/** Submissions are limited per client address; the limit answers 429 in both languages and starts nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.process-engine-name=rateLimitTests", "app.portal.submissions-per-minute=2",
				"app.portal.checks-per-minute=3" })
@ActiveProfiles({ "test", "demo" })
class PortalRateLimitTest {

	@LocalServerPort
	int port;

	@Test
	void theThirdSubmissionInAMinuteIsRefused() {
		PortalClient portal = new PortalClient(this.port);
		String body = "{\"category\":\"OTHER\",\"description\":\"اختبار\"}";
		assertThat(portal.postJson("/api/public/reports", body).statusCode()).isEqualTo(201);
		assertThat(portal.postJson("/api/public/reports", body).statusCode()).isEqualTo(201);
		HttpResponse<String> third = portal.postJson("/api/public/reports", body);
		assertThat(third.statusCode()).isEqualTo(429);
		assertThat(third.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(portal.read(third).get("messageAr").asText()).contains("طلبات كثيرة");
	}

	@Test
	void statusChecksHaveTheirOwnLimit() {
		PortalClient portal = new PortalClient(this.port);
		for (int i = 0; i < 3; i++) {
			assertThat(portal.postJson("/api/public/reports/WB-2026-000000/status", "{\"accessCode\":\"X\"}").statusCode())
				.isEqualTo(404);
		}
		assertThat(portal.postJson("/api/public/reports/WB-2026-000000/status", "{\"accessCode\":\"X\"}").statusCode())
			.isEqualTo(429);
	}

}
