package sa.nonprofit.hail.identity;

import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who reaches which URL (DESIGN.md, Staff sign-in). Staff sign in once, in the Camunda webapps; our staff pages and
 * their API use that session, with a CSRF token on every write. Programs use HTTP Basic on the engine REST API and the
 * staff API, but no answer ever challenges a browser for Basic credentials, and no write a foreign page could forge
 * is accepted. The webapps keep Camunda's own login, CSRF and header filters; the portal and health probes are open.
 */
@Configuration
class SecurityConfiguration {

	static final String ENGINE_REST = "/engine-rest/**";

	static final String WEBAPPS = "/camunda/**";

	/** The Camunda webapps' login page: where a staff page sends someone who has not signed in. */
	static final String SIGN_IN_PAGE = "/camunda/app/welcome/default/#!/login";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/** Matches the whole request path, whichever servlet (Spring MVC, Jersey, Camunda's webapps) serves it. */
	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	private static final ProblemEntryPoint PROBLEMS = new ProblemEntryPoint();

	@Bean
	@Order(1)
	SecurityFilterChain engineRest(HttpSecurity http, IdentityService identity) throws Exception {
		return http.securityMatcher(path(ENGINE_REST))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(PROBLEMS))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(PROBLEMS).accessDeniedHandler(PROBLEMS))
			// No cookie authenticates here, so there is no token to check; forged writes stop at CrossSiteWriteFilter.
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.headers(SecurityConfiguration::privacyHeaders)
			.addFilterBefore(new CrossSiteWriteFilter(request -> true), BasicAuthenticationFilter.class)
			.addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
			.build();
	}

	/** Camunda's webapps authenticate, protect against CSRF and set most security headers themselves. */
	@Bean
	@Order(2)
	SecurityFilterChain webapps(HttpSecurity http) throws Exception {
		return http.securityMatcher(path(WEBAPPS))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.defaultsDisabled()
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain application(HttpSecurity http, IdentityService identity, ProcessEngine engine)
			throws Exception {
		String admin = StaffGroup.CAMUNDA_ADMIN.id();
		String operators = StaffGroup.SYSTEM_OPERATORS.id();
		String chair = StaffGroup.BOARD_CHAIR.id();
		LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
		entryPoints.put(SecurityConfiguration::isApi, PROBLEMS);
		DelegatingAuthenticationEntryPoint signIn = new DelegatingAuthenticationEntryPoint(entryPoints);
		signIn.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE));
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
				.requestMatchers(path("/actuator/**")).hasAuthority(admin)
				.requestMatchers(path("/api/public/**")).permitAll()
				.requestMatchers(path("/api/admin/**"), path("/admin/**")).hasAuthority(admin)
				.requestMatchers(path("/api/kpi"), path("/api/kpi/**"), path("/kpi/**"))
				.hasAnyAuthority(chair, admin, operators)
				.requestMatchers(path("/api/audit/**"))
				.hasAnyAuthority(chair, StaffGroup.BOARD_VICE_CHAIR.id(), admin)
				// Personal data (DESIGN.md): a person's whole file for the data protection officer alone; legal holds
				// placed and listed by the officer, the chair and the vice chair, lifted by the officer alone;
				// retention figures (counts only), the breach register and the record of processing also for the chair and
				// the administrator.
				.requestMatchers(path("/api/privacy/legal-holds/*/lift"))
				.hasAuthority(StaffGroup.DATA_PROTECTION_OFFICER.id())
				.requestMatchers(path("/api/privacy/legal-holds"), path("/api/privacy/legal-holds/**"))
				.hasAnyAuthority(StaffGroup.DATA_PROTECTION_OFFICER.id(), chair, StaffGroup.BOARD_VICE_CHAIR.id())
				.requestMatchers(path("/api/privacy/retention"), path("/api/privacy/breaches"),
						path("/api/privacy/records-of-processing"), path("/api/privacy/records-of-processing/**"),
						path("/privacy/records-of-processing"), path("/privacy/records-of-processing.html"))
				.hasAnyAuthority(StaffGroup.DATA_PROTECTION_OFFICER.id(), chair, admin)
				.requestMatchers(path("/api/privacy/**")).hasAuthority(StaffGroup.DATA_PROTECTION_OFFICER.id())
				.requestMatchers(path("/cases/**")).authenticated()
				.requestMatchers(path("/api/**")).authenticated()
				.anyRequest().permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(PROBLEMS))
			.addFilterAfter(new SessionSignIn(identity, engine.getName()), BasicAuthenticationFilter.class)
			.addFilterBefore(new CrossSiteWriteFilter(SecurityConfiguration::isStaffApi), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(signIn).accessDeniedHandler(PROBLEMS))
			// Only Camunda's login creates a session and changes its id: reading that sign-in here is not a new login
			// (no session management strategy runs), and with no request cache an anonymous call never gets a cookie.
			.requestCache(AbstractHttpConfigurer::disable)
			// Writes signed in by the session carry the token the pages read from the XSRF-TOKEN cookie (portal pages
			// via GET /api/public/csrf). A program's Basic header cannot be forged by a foreign page: a browser adds
			// one by itself only after a Basic challenge, which no answer here ever gives.
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.ignoringRequestMatchers(SecurityConfiguration::isProgramCall))
			.headers(headers -> privacyHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")))
			.build();
	}

	private static HeadersConfigurer<HttpSecurity> privacyHeaders(HeadersConfigurer<HttpSecurity> headers) {
		return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
	}

	static boolean isApi(HttpServletRequest request) {
		String path = RequestPaths.of(request);
		return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/");
	}

	/**
	 * A program's call to the staff API: it signs in with HTTP Basic, and Basic alone decides who it is (a wrong
	 * password answers 401, whatever cookie comes with it). Any other Authorization header does not spare the token.
	 */
	static boolean isProgramCall(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return isStaffApi(request) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/** The staff JSON API: everything under /api/ except the public portal's. */
	static boolean isStaffApi(HttpServletRequest request) {
		return RequestPaths.isStaffApi(request);
	}


}
