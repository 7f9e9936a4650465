package sa.nonprofit.hail.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sa.nonprofit.hail.system.ClientKeys;
import sa.nonprofit.hail.system.FailedAttempts;

/**
 * The servlet filters around staff requests: the sign-in throttle before Spring Security (it must see the 401s), the
 * engine gateway after it (it must know the caller) and before the engine's REST resources.
 */
@Configuration
class StaffFilters {

	@Bean
	FilterRegistrationBean<SignInGuard> signInGuard(ProcessEngine engine, StaffSecurityProperties settings,
			BreakGlassLog breakGlass, ClientKeys clients, FailedAttempts failures) {
		FilterRegistrationBean<SignInGuard> registration = new FilterRegistrationBean<>(
				new SignInGuard(engine.getIdentityService(), engine.getName(), settings, breakGlass, clients,
						failures));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*", "/actuator/*", "/cases/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EngineGateway> engineGateway(ProcessEngine engine, FormCatalog forms,
			StaffSecurityProperties settings, BreakGlassLog breakGlass) {
		FilterRegistrationBean<EngineGateway> registration = new FilterRegistrationBean<>(
				new EngineGateway(engine, forms, settings, breakGlass));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

}
