package sa.nonprofit.hail.casefile;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** A signed-in staff member opening a case: the user id and groups the engine decides with. */
record Reader(String userId, List<String> groups) {

	static Reader of(Authentication authentication) {
		return new Reader(authentication.getName(),
				authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
	}

	boolean in(String group) {
		return this.groups.contains(group);
	}

}
