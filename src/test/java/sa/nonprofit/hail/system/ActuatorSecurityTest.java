package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;

@ApplicationTest
class ActuatorSecurityTest {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthProbesAreOpen(String path) {
		var response = this.http.get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"UP\"");
	}

	@Test
	void otherEndpointsNeedAnAdministrator() {
		assertThat(this.http.get("/actuator/metrics").statusCode()).isEqualTo(401);
		assertThat(this.http.get("/actuator/metrics", "relations1", "demo").statusCode()).isEqualTo(403);
		assertThat(this.http.get("/actuator/metrics", "admin", "demo").statusCode()).isEqualTo(200);
	}

	@Test
	void responsesCarrySecurityHeaders() {
		var response = this.http.get("/actuator/health");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		var rest = this.http.get("/engine-rest/engine", "admin", "demo");
		assertThat(rest.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

}
