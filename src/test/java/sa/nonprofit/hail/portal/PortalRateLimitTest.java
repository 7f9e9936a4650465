package sa.nonprofit.hail.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import sa.nonprofit.hail.support.LoopbackClient;
import sa.nonprofit.hail.support.PortalClient;
import sa.nonprofit.hail.support.TestClock;

/**
 * Submissions are limited per client address; the limit answers 429 in both languages and starts nothing. Only the
 * trusted proxy (here 127.0.0.1) may name the client in X-Forwarded-For; anyone else who sends it is still themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.process-engine-name=rateLimitTests", "app.portal.submissions-per-minute=2",
				"app.portal.checks-per-minute=3", "app.security.trusted-proxies=127.0.0.1" })
@ActiveProfiles({ "test", "demo" })
@Import(TestClock.Configuration.class)
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

	@Test
	void aMadeUpForwardedForFromAnUntrustedClientDoesNotEscapeTheLimit() {
		LoopbackClient client = new LoopbackClient(this.port, "127.0.0.3");
		String body = "{\"category\":\"OTHER\",\"description\":\"اختبار\"}";
		List<Integer> statuses = java.util.stream.IntStream.range(0, 3)
			.mapToObj(i -> client.postJson("/api/public/reports", body, Map.of("X-Forwarded-For", "10.1.2." + i)).status())
			.toList();
		assertThat(statuses).containsExactly(201, 201, 429);
	}

	@Test
	void behindTheTrustedProxyEachForwardedAddressIsAClientOfItsOwn() {
		LoopbackClient proxy = new LoopbackClient(this.port, "127.0.0.1");
		String body = "{\"category\":\"OTHER\",\"description\":\"اختبار\"}";
		Map<String, String> first = Map.of("X-Forwarded-For", "203.0.113.10");
		assertThat(proxy.postJson("/api/public/reports", body, first).status()).isEqualTo(201);
		assertThat(proxy.postJson("/api/public/reports", body, first).status()).isEqualTo(201);
		LoopbackClient.Response refused = proxy.postJson("/api/public/reports", body, first);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
		assertThat(proxy.postJson("/api/public/reports", body, Map.of("X-Forwarded-For", "203.0.113.11")).status())
			.isEqualTo(201);
	}

}
