package sa.nonprofit.hail.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests with odd paths ({@code //engine-rest/user}, {@code /api/public/./reports}, encoded slashes) answer 400
 * problem+json. Spring Security's firewall refuses them, but Spring's path parsing runs before it and throws first
 * (500), so the same firewall rules are applied here, ahead of every other filter; as the firewall's
 * {@link RequestRejectedHandler} this class also answers whatever the security chain itself rejects.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OddRequestGuard extends OncePerRequestFilter implements RequestRejectedHandler {

	private final StrictHttpFirewall firewall = new StrictHttpFirewall();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.firewall.getFirewalledRequest(request);
		}
		catch (RequestRejectedException ex) {
			handle(request, response, ex);
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException {
		ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "عنوان الطلب غير صالح",
				"The address of the request is not valid");
	}

}
