package sa.nonprofit.hail.portal;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import sa.nonprofit.hail.privacy.DataSubjectProcess.RequestType;
import sa.nonprofit.hail.system.PageController;

/** The page where a person asks about their personal data and follows that request (PDPL Art. 4). */
@PageController
class DataRequestPages {

	@GetMapping({ "/data-request.html", "/data-request" })
	String dataRequest(Model model) {
		model.addAttribute("requestTypes", RequestType.values());
		return "portal/data-request";
	}

}
