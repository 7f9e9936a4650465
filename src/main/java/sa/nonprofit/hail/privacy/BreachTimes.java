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
 * Moments typed on a breach's forms: a date the Java API passes, or text such as {@code 2026-03-12 20:00} or
 * {@code 2026-03-12T20:00} (any digits, with or without an offset; without one it is the association's time). A text
 * field, not form-js's date picker, whose month-first placeholders cannot be put into Arabic.
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
		String text = asciiDigits(value.toString().strip()).replaceFirst("^(\\S+) +(\\S+)$", "$1T$2");
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

	/** Arabic-Indic digits as ASCII, everything else kept (the dashes and the colon of a typed moment). */
	private static String asciiDigits(String text) {
		StringBuilder ascii = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			ascii.append(c >= '٠' && c <= '٩' ? (char) ('0' + (c - '٠'))
					: c >= '۰' && c <= '۹' ? (char) ('0' + (c - '۰')) : c);
		}
		return ascii.toString();
	}

	/** A moment as the register and the forms show it: the association's local time to the minute. */
	static String shown(Date date, ZoneId zone) {
		return date == null ? "" : SHOWN.format(date.toInstant().atZone(zone));
	}

}
