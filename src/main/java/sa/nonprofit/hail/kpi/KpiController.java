package sa.nonprofit.hail.kpi;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sa.nonprofit.hail.identity.StaffGroup;
import sa.nonprofit.hail.system.Refusal;

/** {@code GET /api/kpi?from=&to=} for the board chair, operators and administrators (security configuration); JSON or CSV. */
@RestController
class KpiController {

	static final int MAX_DAYS = 3 * 366;

	private final KpiQueries queries;

	KpiController(KpiQueries queries) {
		this.queries = queries;
	}

	@GetMapping(path = "/api/kpi", produces = MediaType.APPLICATION_JSON_VALUE)
	KpiReport json(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication caller) {
		check(from, to);
		return this.queries.report(from, to, reader(caller));
	}

	@GetMapping(path = "/api/kpi", produces = "text/csv")
	String csv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication caller) {
		check(from, to);
		return KpiCsv.write(this.queries.report(from, to, reader(caller)));
	}

	/** The same CSV as a file to save, for the page's download link (a link cannot ask for text/csv). */
	@GetMapping(path = "/api/kpi/csv")
	ResponseEntity<String> csvFile(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication caller) {
		String name = "kpi-" + from + "-" + to + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv(from, to, caller));
	}

	/**
	 * The administrator and the system operators count every instance (counts are theirs to watch); the board chair
	 * counts the reports routed to the chair's groups only.
	 */
	static KpiQueries.Reader reader(Authentication caller) {
		List<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		if (groups.contains(StaffGroup.CAMUNDA_ADMIN.id()) || groups.contains(StaffGroup.SYSTEM_OPERATORS.id())) {
			return KpiQueries.Reader.EVERYTHING;
		}
		return new KpiQueries.Reader(groups);
	}

	static void check(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw Refusal.invalid("تاريخ النهاية قبل تاريخ البداية", "The period ends before it starts");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw Refusal.invalid("الفترة أطول من ثلاث سنوات", "The period is longer than three years");
		}
	}

}
