package sa.nonprofit.hail.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is out of reach, every request that needed it answers 503 with {@code Retry-After}, as soon as the
 * connection pool gives up (spring.datasource.hikari.connection-timeout), never a 500: problem+json in Arabic and
 * English under /api/, the Arabic error page elsewhere (both drawn by {@link ApiErrorController}). The outermost filter,
 * so that it also answers for the filters that read the database (staff sessions, sign-in). Nothing was written: the
 * transaction never started or was rolled back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final String retryAfterSeconds;

	DatabaseOutageFilter(DatabaseOutageProperties properties) {
		this.retryAfterSeconds = Long.toString(Math.max(1, properties.retryAfter().toSeconds()));
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
			LOG.warn("Database out of reach, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(failure));
			response.setHeader(HttpHeaders.RETRY_AFTER, this.retryAfterSeconds);
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
