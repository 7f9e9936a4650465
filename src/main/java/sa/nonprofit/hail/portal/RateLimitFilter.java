package sa.nonprofit.hail.portal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import sa.nonprofit.hail.system.ProblemResponses;

/** Limits POSTs to the public API per client: new submissions tightly, status checks and messages less so. */
@Component
class RateLimitFilter extends OncePerRequestFilter {

	/** What starts a process and sends a message: a report, a support request, a request about one's data. */
	private static final Set<String> SUBMISSIONS = Set.of("/api/public/support-requests", "/api/public/reports",
			"/api/public/data-requests");

	private final ClientRateLimiter limiter;

	RateLimitFilter(ClientRateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/public/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean submission = SUBMISSIONS.contains(request.getRequestURI());
		ClientRateLimiter.Kind kind = submission ? ClientRateLimiter.Kind.SUBMISSION : ClientRateLimiter.Kind.CHECK;
		if (this.limiter.tryConsume(request.getRemoteAddr(), kind)) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Retry-After", "60");
		ProblemResponses.writeStandard(response, HttpStatus.TOO_MANY_REQUESTS);
	}

}
