package sa.nonprofit.hail.identity;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.http.HttpStatus;

import sa.nonprofit.hail.system.ApiProblem;
import sa.nonprofit.hail.system.ProblemResponses;

/**
 * How the engine REST API answers our refusals. A domain rule broken in a listener (e.g. a number brought by the
 * caller) is the caller's error: 400 in Arabic and English, not 500. A missing authorization answers 403 without the
 * engine's details, which name the resource ids of instances the caller may not see.
 */
@Priority(1)
class EngineRestProblems implements ExceptionMapper<ProcessEngineException> {

	/** The REST resources wrap what the engine throws into a RestException (answered 500 by default). */
	@Priority(1)
	static class Wrapped implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException exception) {
			return answer(exception);
		}

	}

	@Override
	public Response toResponse(ProcessEngineException exception) {
		return answer(exception);
	}

	static Response answer(RuntimeException exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof ApiProblem problem) {
				return respond(problem.status(), problem.arabic(), problem.english());
			}
			if (cause == cause.getCause()) {
				break;
			}
		}
		if (exception instanceof AuthorizationException) {
			return respond(HttpStatus.FORBIDDEN, "ليست لديك صلاحية لهذا الطلب", "You are not allowed to make this request");
		}
		return ExceptionHandlerHelper.getInstance().getResponse(exception);
	}

	private static Response respond(HttpStatus status, String arabic, String english) {
		return Response.status(status.value())
			.type(MediaType.valueOf("application/problem+json"))
			.entity(ProblemResponses.asMap(ProblemResponses.problem(status, arabic, english)))
			.build();
	}

}
