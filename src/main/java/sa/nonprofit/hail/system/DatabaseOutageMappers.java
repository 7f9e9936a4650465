package sa.nonprofit.hail.system;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The Camunda webapps' own APIs (/camunda/api/engine, cockpit, tasklist, admin, welcome) are JAX-RS applications of
 * their own, whose exception mappers answer 500 to anything. Jersey finds this class in every application it starts
 * (META-INF/services, as it finds its own JSON support) and it adds mappers that take only a database outage, for the
 * exceptions Camunda's mappers take (the engine's, the REST layer's, any other), answered as {@link DatabaseOutageAnswer}
 * does; every other failure is still Camunda's (or, on /engine-rest, EngineRestProblems') to answer.
 */
@ConstrainedTo(RuntimeType.SERVER)
public class DatabaseOutageMappers implements AutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		for (Class<?> mapper : List.of(EngineFailures.class, RestFailures.class, OtherFailures.class)) {
			if (!context.getConfiguration().isRegistered(mapper)) {
				context.register(mapper);
			}
		}
	}

	/** Beside Camunda's ProcessEngineExceptionHandler. */
	@Priority(1)
	public static class EngineFailures extends OutageMapper<ProcessEngineException> {
	}

	/** Beside Camunda's RestExceptionHandler. */
	@Priority(1)
	public static class RestFailures extends OutageMapper<RestException> {
	}

	/** Beside Camunda's ExceptionHandler, e.g. Spring's failure to open a transaction. */
	@Priority(1)
	public static class OtherFailures extends OutageMapper<Throwable> {
	}

	/** Takes a failure of its type only when the database is out of reach; any other stays Camunda's to answer. */
	abstract static class OutageMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

		@Context
		private ServletContext servletContext;

		@Override
		public boolean isMappable(E exception) {
			return DatabaseOutage.causes(exception);
		}

		@Override
		public Response toResponse(E exception) {
			return answer(this.servletContext, exception);
		}

	}

	/** Jersey makes the mappers; the answer (and its Retry-After) is the application's bean. */
	private static Response answer(ServletContext servletContext, Throwable exception) {
		return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
			.getBean(DatabaseOutageAnswer.class)
			.to(exception)
			.orElseThrow();
	}

}
