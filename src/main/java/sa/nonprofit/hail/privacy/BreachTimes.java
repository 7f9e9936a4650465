package sa.nonprofit.hail.privacy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/**
 * Moments the officer types on a breach's forms: a date the Java API passes, or the text a form's date-time field
 * submits ({@code 2026-03-12T20:00}, with or without an offset; without one it is the association's time).
 */
final class BreachTimes {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private BreachTimes() {
	}

	static Optional<Date> parse(Object value, ZoneId zone) {
		if (value instanceof Date date) {
			return Optional.of(date);
		}
		if (value == null || value.toString().isBlank()) {
			return Optional.empty();
		}
		String text = value.toString().strip();
		try {
			return Optional.of(Date.from(OffsetDateTime.parse(text).toInstant()));
		}
		catch (DateTimeParseException notWithOffset) {
			try {
				return Optional.of(Date.from(LocalDateTime.parse(text).atZone(zone).toInstant()));
			}
			catch (DateTimeParseException notLocal) {
				try {
					return Optional.of(Date.from(Instant.parse(text)));
				}
				catch (DateTimeParseException notInstant) {
					return Optional.empty();
				}
			}
		}
	}

	/** A moment as the register and the forms show it: the association's local time to the minute. */
	static String shown(Date date, ZoneId zone) {
		return date == null ? "" : SHOWN.format(date.toInstant().atZone(zone));
	}

}
