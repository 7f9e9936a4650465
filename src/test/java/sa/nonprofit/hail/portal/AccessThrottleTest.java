package sa.nonprofit.hail.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.LoopbackClient;
import sa.nonprofit.hail.support.PortalClient;

/**
 * Wrong access codes throttle the client that sends them, never the report: an attacker (one loopback address) can
 * fail as often as they like, and the reporter (another address) with the right code still gets in at once.
 */
@ApplicationTest
class AccessThrottleTest {

	@LocalServerPort
	int port;

	PortalClient portal;

	@BeforeEach
	void setUp() {
		this.portal = new PortalClient(this.port);
	}

	@Test
	void anAttackerCannotLockAReporterOutOfTheirReport() {
		JsonNode receipt = this.portal.read(this.portal.postJson("/api/public/reports",
				"{\"category\":\"ETHICAL\",\"description\":\"بلاغ\"}"));
		String path = "/api/public/reports/" + receipt.get("reportNumber").asText() + "/status";
		String right = "{\"accessCode\":\"" + receipt.get("accessCode").asText() + "\"}";
		LoopbackClient attacker = new LoopbackClient(this.port, "127.0.0.5");
		for (int i = 0; i < 10; i++) {
			assertThat(attacker.postJson(path, "{\"accessCode\":\"WRONG-" + i + "\"}").status()).isEqualTo(404);
		}
		LoopbackClient reporter = new LoopbackClient(this.port, "127.0.0.6");
		LoopbackClient.Response status = reporter.postJson(path, right);
		assertThat(status.status()).as(status.body()).isEqualTo(200);
		assertThat(status.body()).contains("RECEIVED");
		assertThat(attacker.postJson(path, right).status()).as("the attacker stays throttled").isEqualTo(404);
	}

	@Test
	void oneAddressCannotKeepManyReportsLocked() {
		LoopbackClient attacker = new LoopbackClient(this.port, "127.0.0.7");
		for (int r = 0; r < 3; r++) {
			JsonNode receipt = this.portal.read(this.portal.postJson("/api/public/reports",
					"{\"category\":\"OTHER\",\"description\":\"بلاغ " + r + "\"}"));
			String path = "/api/public/reports/" + receipt.get("reportNumber").asText() + "/status";
			for (int i = 0; i < 5; i++) {
				attacker.postJson(path, "{\"accessCode\":\"WRONG\"}");
			}
			assertAnswered(new LoopbackClient(this.port, "127.0.0.8").postJson(path,
					"{\"accessCode\":\"" + receipt.get("accessCode").asText() + "\"}"));
		}
	}

	@Test
	void wrongNationalIdsFromOneClientDoNotLockTheApplicantOut() {
		String number = this.portal.read(this.portal.postJson("/api/public/support-requests", PortalApiTest
			.supportRequest("1000005015", "0501112233", true))).get("requestNumber").asText();
		String path = "/api/public/support-requests/" + number + "/status";
		LoopbackClient attacker = new LoopbackClient(this.port, "127.0.0.9");
		for (int i = 0; i < 10; i++) {
			assertThat(attacker.postJson(path, "{\"nationalId\":\"1000005023\"}").status()).isEqualTo(404);
		}
		assertAnswered(new LoopbackClient(this.port, "127.0.0.10").postJson(path, "{\"nationalId\":\"1000005015\"}"));
	}

	private static void assertAnswered(LoopbackClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"stage\"");
	}

}
