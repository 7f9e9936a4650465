package sa.nonprofit.hail.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout's header and footer show on every page: the association's name, licence and contact. */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

	private final OrganizationProperties organization;

	PageModel(OrganizationProperties organization) {
		this.organization = organization;
	}

	@ModelAttribute("organization")
	OrganizationProperties organization() {
		return this.organization;
	}

}
