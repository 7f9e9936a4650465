package sa.nonprofit.hail.portal;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.nonprofit.hail.beneficiary.SupportType;
import sa.nonprofit.hail.privacy.RecordOfProcessing;
import sa.nonprofit.hail.privacy.RecordsOfProcessing;
import sa.nonprofit.hail.system.PageController;
import sa.nonprofit.hail.whistleblowing.AccusedRole;
import sa.nonprofit.hail.whistleblowing.ReportCategory;

/**
 * The public portal's pages, at the addresses they have always had: survey links already sent read
 * {@code /survey.html?token=...} (SurveyProperties). Option lists come from the enums the API accepts.
 */
@PageController
class PortalPages {

	private final RecordsOfProcessing records;

	PortalPages(RecordsOfProcessing records) {
		this.records = records;
	}

	@GetMapping({ "/", "/index.html" })
	String home() {
		return "portal/index";
	}

	/** The privacy notice (PDPL Art. 12), drawn from the same record of processing the officer keeps. */
	@GetMapping({ "/privacy.html", "/privacy" })
	String privacy(Model model) {
		model.addAttribute("record", this.records.current());
		model.addAttribute("activities", this.records.current().activities().stream()
			.filter(RecordOfProcessing.Activity::publicNotice)
			.toList());
		return "portal/privacy";
	}

	@GetMapping("/support.html")
	String support(Model model) {
		model.addAttribute("supportTypes", SupportType.values());
		return "portal/support";
	}

	@GetMapping("/report.html")
	String report(Model model) {
		model.addAttribute("categories", ReportCategory.values());
		model.addAttribute("accusedRoles", AccusedRole.values());
		return "portal/report";
	}

	@GetMapping({ "/track.html", "/track" })
	String track() {
		return "portal/track";
	}

	/** Without the token of its link the survey cannot be answered: the page says so instead of offering the form. */
	@GetMapping("/survey.html")
	String survey(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("hasToken", token != null && !token.isBlank());
		return "portal/survey";
	}

}
