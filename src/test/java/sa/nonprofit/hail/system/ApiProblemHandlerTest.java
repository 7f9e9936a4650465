package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** A database out of reach is a 503 worth retrying, in both languages, never a 500. */
class ApiProblemHandlerTest {

	@Test
	void anUnreachableDatabaseAnswers503WithRetryAfter() {
		ResponseEntity<ProblemDetail> response = new ApiProblemHandler().databaseUnavailable(
				new CannotGetJdbcConnectionException("pool", new SQLTransientConnectionException("timeout")));
		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo(ApiProblemHandler.RETRY_AFTER_SECONDS);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().getProperties()).containsKeys("messageAr", "messageEn");
		assertThat((String) response.getBody().getProperties().get("messageAr")).contains("غير متاحة مؤقتاً");
	}

}
