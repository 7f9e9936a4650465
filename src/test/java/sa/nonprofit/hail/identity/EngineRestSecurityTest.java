package sa.nonprofit.hail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;

@ApplicationTest
class EngineRestSecurityTest {

	// Users of their own: Camunda delays a user's next login after a failed one, which must not slow other tests.
	private static final String RIGHT_USER = "resttester1";

	private static final String WRONG_USER = "resttester2";

	private static final String PASSWORD = "right-password-1";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		createUser(RIGHT_USER);
		createUser(WRONG_USER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/engine", "/engine-rest/process-definition", "/engine-rest/task",
			"/engine-rest/history/process-instance", "/engine-rest/user", "/engine-rest/authorization" })
	void anonymousCallsAreRefused(String path) {
		assertThat(this.http.get(path).statusCode()).isEqualTo(401);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/engine", "/engine-rest/task" })
	void wrongPasswordIsRefused(String path) {
		assertThat(this.http.get(path, WRONG_USER, "not-the-password").statusCode()).isEqualTo(401);
		assertThat(this.http.get(path, "no-such-user", PASSWORD).statusCode()).isEqualTo(401);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/engine", "/engine-rest/task", "/engine-rest/process-definition" })
	void rightPasswordIsAccepted(String path) {
		assertThat(this.http.get(path, RIGHT_USER, PASSWORD).statusCode()).isEqualTo(200);
	}

	private void createUser(String id) {
		if (this.identity.createUserQuery().userId(id).count() == 0) {
			User user = this.identity.newUser(id);
			user.setPassword(PASSWORD);
			this.identity.saveUser(user);
		}
	}

}
