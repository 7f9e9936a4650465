package sa.nonprofit.hail.identity;

import static org.springframework.security.config.Customizer.withDefaults;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who reaches which URL. The engine REST API and staff endpoints need a Camunda login (HTTP Basic); the webapps keep
 * Camunda's own login, CSRF and header filters; the public portal and health probes are open.
 */
@Configuration
class SecurityConfiguration {

	static final String ENGINE_REST = "/engine-rest/**";

	static final String WEBAPPS = "/camunda/**";

	/** Matches the whole request path, whichever servlet (Spring MVC, Jersey, Camunda's webapps) serves it. */
	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	@Bean
	@Order(1)
	SecurityFilterChain engineRest(HttpSecurity http, IdentityService identity) throws Exception {
		return http.securityMatcher(path(ENGINE_REST))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(withDefaults())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
			.build();
	}

	/** Camunda's webapps authenticate, protect against CSRF and set security headers themselves. */
	@Bean
	@Order(2)
	SecurityFilterChain webapps(HttpSecurity http) throws Exception {
		return http.securityMatcher(path(WEBAPPS))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain application(HttpSecurity http) throws Exception {
		String admin = StaffGroup.CAMUNDA_ADMIN.id();
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
				.requestMatchers(path("/actuator/**")).hasAuthority(admin)
				.requestMatchers(path("/api/public/**")).permitAll()
				.requestMatchers(path("/api/admin/**"), path("/admin/**")).hasAuthority(admin)
				.requestMatchers(path("/api/kpi"), path("/api/kpi/**"), path("/kpi/**"))
				.hasAnyAuthority(StaffGroup.BOARD_CHAIR.id(), admin)
				.requestMatchers(path("/api/**")).authenticated()
				.anyRequest().permitAll())
			.httpBasic(withDefaults())
			// Staff APIs use HTTP Basic, no cookie: nothing to forge. The public portal is protected with a token the
			// pages read from the XSRF-TOKEN cookie (or GET /api/public/csrf) and send back as X-XSRF-TOKEN.
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.ignoringRequestMatchers(request -> request.getRequestURI().startsWith("/api/")
						&& !request.getRequestURI().startsWith("/api/public/")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")))
			.build();
	}

}
