package sa.nonprofit.hail.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
 * The application's clock stands still during each test (no token comes back while a slow machine runs it) and is
 * moved on to show the refill; each test talks from client addresses of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.process-engine-name=rateLimitTests", "app.portal.submissions-per-minute=2",
				"app.portal.checks-per-minute=3", "app.security.trusted-proxies=127.0.0.1" })
@ActiveProfiles({ "test", "demo" })
@Import(TestClock.Configuration.class)
class PortalRateLimitTest {

	private static final String REPORT = "{\"category\":\"OTHER\",\"description\":\"اختبار\"}";

	private static final String DATA_REQUEST = """
			{"nationalId":"1000000008","mobile":"0512345678","email":"","requestType":"ACCESS","details":"اختبار",
			 "declarationAccepted":true}""";

	private static final String STATUS = "/api/public/reports/WB-2026-000000/status";

	private static final String WRONG_CODE = "{\"accessCode\":\"X\"}";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@BeforeEach
	void stopTheClock() {
		this.clock.freeze();
	}

	@AfterEach
	void restartTheClock() {
		this.clock.reset();
	}

	@Test
	void theThirdSubmissionInAMinuteIsRefused() {
		PortalClient portal = new PortalClient(this.port);
		assertThat(portal.postJson("/api/public/reports", REPORT).statusCode()).isEqualTo(201);
		assertThat(portal.postJson("/api/public/reports", REPORT).statusCode()).isEqualTo(201);
		HttpResponse<String> third = portal.postJson("/api/public/reports", REPORT);
		assertThat(third.statusCode()).isEqualTo(429);
		assertThat(third.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(portal.read(third).get("messageAr").asText()).contains("طلبات كثيرة");
		assertThat(portal.read(third).get("messageEn").asText()).isNotBlank();

		// Tokens come back evenly over the minute (two a minute: one every 30 s), on the application's clock.
		this.clock.advance(Duration.ofSeconds(29));
		assertThat(portal.postJson("/api/public/reports", REPORT).statusCode()).as("29 s later").isEqualTo(429);
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(List.of(portal.postJson("/api/public/reports", REPORT).statusCode(),
				portal.postJson("/api/public/reports", REPORT).statusCode(),
				portal.postJson("/api/public/reports", REPORT).statusCode()))
			.as("a minute later").containsExactly(201, 201, 429);
	}

	/** A data request starts a process and texts the requester like a report: it is a submission, not a check. */
	@Test
	void aDataRequestCountsAsASubmission() {
		LoopbackClient client = new LoopbackClient(this.port, "127.0.0.5");
		List<Integer> statuses = IntStream.range(0, 3)
			.mapToObj(i -> client.postJson("/api/public/data-requests", DATA_REQUEST, Map.of()).status())
			.toList();
		assertThat(statuses).containsExactly(201, 201, 429);
		assertThat(submissions(client, 1)).as("the same budget as reports").containsExactly(429);
	}

	@Test
	void statusChecksHaveTheirOwnLimit() {
		LoopbackClient client = new LoopbackClient(this.port, "127.0.0.4");
		// Submissions used up: status checks are still answered, up to a limit of their own (3, not 2).
		assertThat(submissions(client, 3)).containsExactly(201, 201, 429);
		assertThat(checks(client, 4)).containsExactly(404, 404, 404, 429);
		// Checks used up: that takes nothing more from submissions, which are still refused, not refilled.
		assertThat(submissions(client, 1)).containsExactly(429);
		// A minute later both limits are whole again, each with its own size.
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(checks(client, 4)).containsExactly(404, 404, 404, 429);
		assertThat(submissions(client, 3)).containsExactly(201, 201, 429);
	}

	@Test
	void aMadeUpForwardedForFromAnUntrustedClientDoesNotEscapeTheLimit() {
		LoopbackClient client = new LoopbackClient(this.port, "127.0.0.3");
		List<Integer> statuses = IntStream.range(0, 3)
			.mapToObj(i -> client.postJson("/api/public/reports", REPORT, Map.of("X-Forwarded-For", "10.1.2." + i)).status())
			.toList();
		assertThat(statuses).containsExactly(201, 201, 429);
	}

	@Test
	void behindTheTrustedProxyEachForwardedAddressIsAClientOfItsOwn() {
		LoopbackClient proxy = new LoopbackClient(this.port, "127.0.0.1");
		String body = REPORT;
		Map<String, String> first = Map.of("X-Forwarded-For", "203.0.113.10");
		assertThat(proxy.postJson("/api/public/reports", body, first).status()).isEqualTo(201);
		assertThat(proxy.postJson("/api/public/reports", body, first).status()).isEqualTo(201);
		LoopbackClient.Response refused = proxy.postJson("/api/public/reports", body, first);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
		assertThat(proxy.postJson("/api/public/reports", body, Map.of("X-Forwarded-For", "203.0.113.11")).status())
			.isEqualTo(201);
	}

	private List<Integer> submissions(LoopbackClient client, int count) {
		return IntStream.range(0, count).mapToObj(i -> client.postJson("/api/public/reports", REPORT, Map.of()).status())
			.toList();
	}

	private List<Integer> checks(LoopbackClient client, int count) {
		return IntStream.range(0, count).mapToObj(i -> client.postJson(STATUS, WRONG_CODE, Map.of()).status()).toList();
	}

}
