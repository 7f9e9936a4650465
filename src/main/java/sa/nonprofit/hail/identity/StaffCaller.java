package sa.nonprofit.hail.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who makes a request to the engine: signed in by HTTP Basic (Spring Security) or by the webapps' session. */
record StaffCaller(String userId, List<String> groups) {

	boolean isAdministrator() {
		return this.groups.contains(StaffGroup.CAMUNDA_ADMIN.id());
	}

	boolean isOperator() {
		return this.groups.contains(StaffGroup.SYSTEM_OPERATORS.id());
	}

	/** The caller, or null for an anonymous request (the engine's own checks then refuse it). */
	static StaffCaller of(HttpServletRequest request, IdentityService identity, String engineName) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return new StaffCaller(authentication.getName(),
					authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
		}
		String userId = SessionSignIn.signedInUser(request, engineName);
		if (userId == null) {
			return null;
		}
		return new StaffCaller(userId, StaffGroups.of(identity, userId));
	}

}
