package sa.nonprofit.hail.system;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The Camunda webapps' own APIs (/camunda/api/engine, cockpit, tasklist, admin, welcome) are JAX-RS applications of
 * their own, whose exception mappers answer 500 to anything. This adds a mapper to each that takes only a database
 * outage, for the exceptions those mappers take (the engine's, the REST layer's, any other), and answers it as
 * {@link DatabaseOutageAnswer} does; every other failure is still Camunda's to answer. It is added once Camunda has
 * registered its servlets (a listener, as their initializer has no order to come after).
 */
@Component
class WebappApisOutage implements ServletContextInitializer {

	/** The servlets Camunda's webapp initializer registers, one per JAX-RS application. */
	static final List<String> SERVLETS = List.of("Engine Api", "Cockpit Api", "Tasklist Api", "Admin Api",
			"Welcome Api");

	@Override
	public void onStartup(ServletContext servletContext) {
		servletContext.addListener(new ServletContextListener() {
			@Override
			public void contextInitialized(ServletContextEvent event) {
				String mappers = String.join(",", EngineFailures.class.getName(), RestFailures.class.getName(),
						OtherFailures.class.getName());
				for (String name : SERVLETS) {
					ServletRegistration servlet = event.getServletContext().getServletRegistration(name);
					if (servlet != null) {
						servlet.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, mappers);
					}
				}
			}
		});
	}

	/** Beside Camunda's ProcessEngineExceptionHandler. */
	@Priority(1)
	public static class EngineFailures implements ExtendedExceptionMapper<ProcessEngineException> {

		@Context
		private ServletContext servletContext;

		@Override
		public boolean isMappable(ProcessEngineException exception) {
			return DatabaseOutage.causes(exception);
		}

		@Override
		public Response toResponse(ProcessEngineException exception) {
			return answer(this.servletContext, exception);
		}

	}

	/** Beside Camunda's RestExceptionHandler. */
	@Priority(1)
	public static class RestFailures implements ExtendedExceptionMapper<RestException> {

		@Context
		private ServletContext servletContext;

		@Override
		public boolean isMappable(RestException exception) {
			return DatabaseOutage.causes(exception);
		}

		@Override
		public Response toResponse(RestException exception) {
			return answer(this.servletContext, exception);
		}

	}

	/** Beside Camunda's ExceptionHandler, e.g. Spring's failure to open a transaction. */
	@Priority(1)
	public static class OtherFailures implements ExtendedExceptionMapper<Throwable> {

		@Context
		private ServletContext servletContext;

		@Override
		public boolean isMappable(Throwable exception) {
			return DatabaseOutage.causes(exception);
		}

		@Override
		public Response toResponse(Throwable exception) {
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
