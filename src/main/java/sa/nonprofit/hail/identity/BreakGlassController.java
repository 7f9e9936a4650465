package sa.nonprofit.hail.identity;

import java.time.Clock;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sa.nonprofit.hail.system.Refusal;

/**
 * {@code GET /api/audit/break-glass?from=&to=}: the superuser's sign-ins and calls, for the board chair (and the vice
 * chair, who stands in when the chair is accused). An entry naming a report the reader may not read is left out for
 * that reader: the accused must not learn from the trail that a report about them exists.
 */
@RestController
class BreakGlassController {

	static final int MAX_ENTRIES = 5000;

	private final BreakGlassLog log;

	private final List<HiddenCases> hiddenCases;

	private final Clock clock;

	BreakGlassController(BreakGlassLog log, List<HiddenCases> hiddenCases, Clock clock) {
		this.log = log;
		this.hiddenCases = hiddenCases;
		this.clock = clock;
	}

	@GetMapping("/api/audit/break-glass")
	List<BreakGlassLog.Entry> entries(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication reader) {
		if (to.isBefore(from)) {
			throw Refusal.invalid("تاريخ النهاية قبل تاريخ البداية", "The period ends before it starts");
		}
		List<BreakGlassLog.Entry> entries = this.log.between(from.atStartOfDay(this.clock.getZone()).toInstant(),
				to.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant(), MAX_ENTRIES);
		List<String> groups = reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		if (groups.contains(StaffGroup.CAMUNDA_ADMIN.id())) {
			return entries;
		}
		Set<String> hidden = this.hiddenCases.stream()
			.flatMap(cases -> cases.referencesHiddenFrom(reader.getName(), groups).stream())
			.collect(Collectors.toSet());
		return entries.stream().filter(entry -> hidden.stream().noneMatch(decoded(entry.path())::contains)).toList();
	}

	/** The path as the server understood it: an encoded number ({@code WB%2D2026…}) must be hidden like a plain one. */
	static String decoded(String path) {
		String decoded = path;
		for (int round = 0; round < 3; round++) {
			try {
				String next = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
				if (next.equals(decoded)) {
					break;
				}
				decoded = next;
			}
			catch (IllegalArgumentException notEncoded) {
				break;
			}
		}
		return path + " " + decoded;
	}

}
