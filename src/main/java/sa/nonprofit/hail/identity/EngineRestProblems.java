package sa.nonprofit.hail.identity;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.http.HttpStatus;

import sa.nonprofit.hail.system.DatabaseOutageAnswer;
import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.system.ProblemResponses;

/**
 * How the engine REST API answers our refusals. A domain rule broken in a listener (e.g. a number brought by the
 * caller) is the caller's error: 400 in Arabic and English, not 500. A missing authorization answers exactly as a
 * missing resource does (404, no details): the engine's own answers name hidden instances or tell them apart.
 */
@Priority(1)
class EngineRestProblems implements ExceptionMapper<ProcessEngineException> {

	private final DatabaseOutageAnswer outage;

	EngineRestProblems(DatabaseOutageAnswer outage) {
		this.outage = outage;
	}

	/**
	 * Anything else a resource throws, e.g. the NullPointerException of a form asked for a task that does not exist:
	 * answered as Camunda would, unless it is a missing resource.
	 */
	@Priority(1)
	static class Unexpected implements ExceptionMapper<RuntimeException> {

		private final DatabaseOutageAnswer outage;

		Unexpected(DatabaseOutageAnswer outage) {
			this.outage = outage;
		}

		@Override
		public Response toResponse(RuntimeException exception) {
			if (exception instanceof WebApplicationException web) {
				return web.getResponse();
			}
			return answer(exception, this.outage);
		}

	}

	/** The REST resources wrap what the engine throws into a RestException (answered 500 by default). */
	@Priority(1)
	static class Wrapped implements ExceptionMapper<RestException> {

		private final DatabaseOutageAnswer outage;

		Wrapped(DatabaseOutageAnswer outage) {
			this.outage = outage;
		}

		@Override
		public Response toResponse(RestException exception) {
			return answer(exception, this.outage);
		}

	}

	@Override
	public Response toResponse(ProcessEngineException exception) {
		return answer(exception, this.outage);
	}

	/** The database away is nobody's fault and worth trying again: 503, before anything the failure might look like. */
	static Response answer(RuntimeException exception, DatabaseOutageAnswer outage) {
		Optional<Response> unavailable = outage.to(exception);
		if (unavailable.isPresent()) {
			return unavailable.get();
		}
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof Refusal problem) {
				return respond(problem.reason().status(), problem.arabic(), problem.english());
			}
			if (cause == cause.getCause()) {
				break;
			}
		}
		if (isHiddenOrMissing(exception)) {
			return respond(HttpStatus.NOT_FOUND, "غير موجود، أو ليس لك أن تراه",
					"Not found, or not yours to see");
		}
		return ExceptionHandlerHelper.getInstance().getResponse(exception);
	}

	/**
	 * Something the caller may not see and something that does not exist answer alike: otherwise a 403 beside a 404
	 * tells an accused that an instance id they were never shown is real.
	 */
	private static boolean isHiddenOrMissing(Throwable exception) {
		if (exception instanceof RestException rest && rest.getStatus() != null
				&& (rest.getStatus().getStatusCode() == Response.Status.NOT_FOUND.getStatusCode()
						|| rest.getStatus().getStatusCode() == Response.Status.FORBIDDEN.getStatusCode())) {
			return true;
		}
		if (exception instanceof NullPointerException) {
			return true;
		}
		for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof AuthorizationException || cause instanceof NotFoundException
					|| cause instanceof NullValueException
					|| (cause instanceof ProcessEngineException && cause.getMessage() != null
							&& MISSING.matcher(cause.getMessage()).find())) {
				return true;
			}
		}
		return false;
	}

	/** How the engine words a missing resource when it throws no exception of its own for it. */
	private static final java.util.regex.Pattern MISSING = java.util.regex.Pattern
		.compile("(?i)(cannot find|can't find|does ?n[o']t exist|not found)");

	private static Response respond(HttpStatus status, String arabic, String english) {
		return Response.status(status.value())
			.type(MediaType.valueOf("application/problem+json"))
			.entity(ProblemResponses.asMap(ProblemResponses.problem(status, arabic, english)))
			.build();
	}

}
