package sa.nonprofit.hail.kpi;

import org.springframework.web.bind.annotation.GetMapping;

import sa.nonprofit.hail.system.PageController;

/** The figures page for the board chair, operators and administrators; who may open it is the security configuration's. */
@PageController
class KpiPage {

	@GetMapping({ "/kpi/", "/kpi/index.html" })
	String kpi() {
		return "kpi/index";
	}

}
