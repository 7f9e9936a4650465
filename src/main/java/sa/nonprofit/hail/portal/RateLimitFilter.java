package sa.nonprofit.hail.portal;

import java.io.IOException;

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
		String uri = request.getRequestURI();
		boolean submission = uri.equals("/api/public/support-requests") || uri.equals("/api/public/reports");
		ClientRateLimiter.Kind kind = submission ? ClientRateLimiter.Kind.SUBMISSION : ClientRateLimiter.Kind.CHECK;
		if (this.limiter.tryConsume(request.getRemoteAddr(), kind)) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Retry-After", "60");
		ProblemResponses.writeStandard(response, HttpStatus.TOO_MANY_REQUESTS);
	}

}
