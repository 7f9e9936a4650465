package sa.nonprofit.hail.portal;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sa.nonprofit.hail.system.OrganizationProperties;

/** What every portal page needs: the CSRF token and the association's identity. No login. */
@RestController
@RequestMapping("/api/public")
class PortalApiController {

	private final OrganizationProperties organization;

	PortalApiController(OrganizationProperties organization) {
		this.organization = organization;
	}

	@Operation(summary = "The CSRF token the portal pages send back as X-XSRF-TOKEN (also set as the XSRF-TOKEN cookie)")
	@GetMapping("/csrf")
	Map<String, String> csrf(CsrfToken token) {
		return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
	}

	@Operation(summary = "The association's name and licence, for the pages")
	@GetMapping("/organization")
	OrganizationProperties organization() {
		return this.organization;
	}

}
