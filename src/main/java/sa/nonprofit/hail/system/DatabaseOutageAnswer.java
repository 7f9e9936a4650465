package sa.nonprofit.hail.system;

import java.util.Optional;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The 503 for the JAX-RS APIs (the engine REST API and the Camunda webapps' own) while the database is out of reach:
 * their exception mappers turn the failure into a 500 before {@link DatabaseOutageFilter} could see it, so they ask
 * here first. The same answer as the filter's: {@code Retry-After} and the Arabic and English problem.
 */
@Component
public class DatabaseOutageAnswer {

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageAnswer.class);

	private static final HttpStatus UNAVAILABLE = HttpStatus.SERVICE_UNAVAILABLE;

	private final String retryAfterSeconds;

	DatabaseOutageAnswer(DatabaseOutageProperties properties) {
		this.retryAfterSeconds = Long.toString(Math.max(1, properties.retryAfter().toSeconds()));
	}

	/** The 503 if the database being away caused this failure; nothing for any other failure. */
	public Optional<Response> to(Throwable failure) {
		if (!DatabaseOutage.causes(failure)) {
			return Optional.empty();
		}
		LOG.warn("Database out of reach, answered 503 to an API call: {}", DatabaseOutage.rootMessage(failure));
		ProblemResponses.Message message = ProblemResponses.standard(UNAVAILABLE.value());
		return Optional.of(Response.status(UNAVAILABLE.value())
			.header(HttpHeaders.RETRY_AFTER, this.retryAfterSeconds)
			.type(MediaType.valueOf("application/problem+json"))
			.entity(ProblemResponses.asMap(ProblemResponses.problem(UNAVAILABLE, message.arabic(), message.english())))
			.build());
	}

	/** Whole seconds, as {@code Retry-After} wants them. */
	String retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
