package sa.nonprofit.hail.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import sa.nonprofit.hail.identity.StaffGroup;

/**
 * {@code GET /api/privacy/retention}: each record type's period in days and what the last purges removed, as counts
 * only; for the data protection officer, the board chair and the administrator, and the reports purged for the
 * administrator alone.
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

	/*
	 * How many reports a night purged says that reports exist and how many, which a reader a report may be kept from
	 * (the chair, when it is about them) must not learn: that figure is the administrator's alone.
	 */
	@GetMapping("/api/privacy/retention")
	Retention retention(Authentication reader) {
		Map<String, Long> days = new LinkedHashMap<>();
		this.retention.periods().forEach((type, period) -> days.put(type, period.toDays()));
		List<RetentionPurge.Run> runs = this.purge.runs(RUNS);
		boolean administrator = reader.getAuthorities().stream()
			.anyMatch(group -> StaffGroup.CAMUNDA_ADMIN.id().equals(group.getAuthority()));
		if (!administrator) {
			runs = runs.stream().map(RetentionController::withoutReports).toList();
		}
		return new Retention(days, runs);
	}

	private static RetentionPurge.Run withoutReports(RetentionPurge.Run run) {
		Map<String, Long> purged = new LinkedHashMap<>(run.purged());
		purged.remove(RetentionProperties.RecordType.REPORTS);
		return new RetentionPurge.Run(run.startedAt(), purged);
	}

}
