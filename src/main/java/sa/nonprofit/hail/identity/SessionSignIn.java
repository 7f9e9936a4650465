package sa.nonprofit.hail.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The staff pages use the session of the Camunda webapps' login: one sign-in for Tasklist, Cockpit and our own pages,
 * and no HTTP Basic prompt that a browser would remember. The groups are read afresh, so a removed member loses access
 * at once. The session is only read, never created here.
 */
class SessionSignIn extends OncePerRequestFilter {

	/** Where Camunda's webapps keep their sign-in in the HTTP session. */
	static final String CAMUNDA_SESSION_KEY = "authenticatedUser";

	private final IdentityService identity;

	private final String engineName;

	SessionSignIn(IdentityService identity, String engineName) {
		this.identity = identity;
		this.engineName = engineName;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() == null) {
			String userId = signedInUser(request, this.engineName);
			if (userId != null && this.identity.createUserQuery().userId(userId).count() > 0) {
				List<SimpleGrantedAuthority> groups = StaffGroups.of(this.identity, userId)
					.stream()
					.map(SimpleGrantedAuthority::new)
					.toList();
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, groups));
			}
		}
		chain.doFilter(request, response);
	}

	/** The user signed in to the webapps in this request's session, or null. */
	static String signedInUser(HttpServletRequest request, String engineName) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(CAMUNDA_SESSION_KEY) instanceof Authentications signIns)) {
			return null;
		}
		return signIns.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user
				? user.getIdentityId() : null;
	}

}
