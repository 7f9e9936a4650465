package sa.nonprofit.hail.identity;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sa.nonprofit.hail.AssociationApplication;
import sa.nonprofit.hail.system.ApiProblem;

/** {@code GET /api/audit/break-glass?from=&to=}: the superuser's sign-ins and calls, for the board chair. */
@RestController
class BreakGlassController {

	static final int MAX_ENTRIES = 5000;

	private final BreakGlassLog log;

	BreakGlassController(BreakGlassLog log) {
		this.log = log;
	}

	@GetMapping("/api/audit/break-glass")
	List<BreakGlassLog.Entry> entries(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (to.isBefore(from)) {
			throw ApiProblem.badRequest("تاريخ النهاية قبل تاريخ البداية", "The period ends before it starts");
		}
		return this.log.between(from.atStartOfDay(AssociationApplication.ZONE).toInstant(),
				to.plusDays(1).atStartOfDay(AssociationApplication.ZONE).toInstant(), MAX_ENTRIES);
	}

}
