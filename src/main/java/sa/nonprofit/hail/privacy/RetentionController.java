package sa.nonprofit.hail.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/privacy/retention}: each record type's period in days and what the last purges removed, as counts
 * only; for the data protection officer, the board chair and the administrator.
 */
@RestController
class RetentionController {

	static final int RUNS = 30;

	/** The periods in days by record type, and the last runs, newest first. */
	record Retention(Map<String, Long> periodDays, List<RetentionPurge.Run> runs) {
	}

	private final RetentionProperties retention;

	private final RetentionPurge purge;

	RetentionController(RetentionProperties retention, RetentionPurge purge) {
		this.retention = retention;
		this.purge = purge;
	}

	@GetMapping("/api/privacy/retention")
	Retention retention() {
		Map<String, Long> days = new LinkedHashMap<>();
		this.retention.periods().forEach((type, period) -> days.put(type, period.toDays()));
		return new Retention(days, this.purge.runs(RUNS));
	}

}
