package sa.nonprofit.hail.portal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

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
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", "60");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("""
				{"type":"about:blank","title":"Too Many Requests","status":429,\
				"detail":"طلبات كثيرة، حاول بعد دقيقة — Too many requests, try again in a minute",\
				"messageAr":"طلبات كثيرة، حاول بعد دقيقة","messageEn":"Too many requests, try again in a minute"}""");
	}

}
