package sa.nonprofit.hail.system;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * While the database is out of reach, every request that needed it answers 503 with {@code Retry-After}, as soon as the
 * connection pool gives up (spring.datasource.hikari.connection-timeout), never a 500: problem+json in Arabic and
 * English under /api/ (and to programs), the Arabic error page to browsers. The outermost filter, so that it also
 * answers for the filters that read the database (staff sessions, sign-in). It answers itself rather than through the
 * container's error page: that second pass would look the staff session up in the database again and wait as long.
 * Nothing was written: the transaction never started or was rolled back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private static final HttpStatus UNAVAILABLE = HttpStatus.SERVICE_UNAVAILABLE;

	private final String retryAfterSeconds;

	private final OrganizationProperties organization;

	private final ObjectProvider<ThymeleafViewResolver> pages;

	DatabaseOutageFilter(DatabaseOutageAnswer answer, OrganizationProperties organization,
			ObjectProvider<ThymeleafViewResolver> pages) {
		this.retryAfterSeconds = answer.retryAfterSeconds();
		this.organization = organization;
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException failure) {
			if (!DatabaseOutage.causes(failure) || response.isCommitted()) {
				throw failure;
			}
			// One line, no stack trace: the cause is known and the pool logs its own attempts.
			LOG.warn("Database out of reach, answered 503 to {} {}: {}", request.getMethod(), LoggedPaths.of(request.getRequestURI()),
					DatabaseOutage.rootMessage(failure));
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
		response.resetBuffer();
		response.setHeader(HttpHeaders.RETRY_AFTER, this.retryAfterSeconds);
		ThymeleafViewResolver resolver = this.pages.getIfAvailable();
		if (!wantsPage(request) || resolver == null) {
			ProblemResponses.writeStandard(response, UNAVAILABLE);
			return;
		}
		response.setStatus(UNAVAILABLE.value());
		try {
			View page = resolver.resolveViewName("error/page", Locale.forLanguageTag("ar"));
			page.render(Map.of("organization", this.organization, "status", UNAVAILABLE.value(), "text",
					ErrorPageText.of(UNAVAILABLE)), request, response);
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
		response.flushBuffer();
	}

	/** A browser asking for a page: anything else (the APIs, programs) gets problem+json. */
	private static boolean wantsPage(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return !request.getRequestURI().startsWith("/api/") && accept != null && accept.contains("text/html");
	}

}
