package sa.nonprofit.hail.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.nonprofit.hail.system.PageController;
import sa.nonprofit.hail.system.Refusal;

/**
 * The figures page for the board chair, operators and administrators (who may open it is the security
 * configuration's), drawn on the server: tables, and charts as SVG, with no script. The period defaults to this year.
 */
@PageController
class KpiPage {

	private final KpiQueries queries;

	private final Clock clock;

	KpiPage(KpiQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping({ "/kpi", "/kpi/", "/kpi/index.html" })
	String kpi(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication caller, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate start = from != null ? from : today.withDayOfYear(1);
		LocalDate end = to != null ? to : start.withDayOfYear(start.lengthOfYear());
		model.addAttribute("from", start).addAttribute("to", end);
		try {
			KpiController.check(start, end);
		}
		catch (Refusal refusal) {
			model.addAttribute("error", refusal);
			return "kpi/index";
		}
		KpiReport report = this.queries.report(start, end, KpiController.reader(caller));
		model.addAttribute("kpi", KpiView.of(report, OffsetDateTime.now(this.clock)));
		return "kpi/index";
	}

}
