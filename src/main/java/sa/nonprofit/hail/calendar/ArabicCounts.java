package sa.nonprofit.hail.calendar;

import java.time.Duration;

/**
 * Counts as Arabic reads them: Arabic-Indic digits, and days and hours in the number the count asks for (يوم واحد،
 * يومان، ٣ أيام، ١١ يومًا، ١٠٠ يوم).
 */
public final class ArabicCounts {

	private ArabicCounts() {
	}

	/** The number in Arabic-Indic digits: 1447 → ١٤٤٧. */
	public static String digits(long number) {
		StringBuilder text = new StringBuilder();
		for (char c : Long.toString(number).toCharArray()) {
			text.append(Character.isDigit(c) ? (char) ('٠' + (c - '0')) : c);
		}
		return text.toString();
	}

	public static String days(long days) {
		return counted(days, "يوم واحد", "يومان", "أيام", "يومًا", "يوم");
	}

	public static String hours(long hours) {
		return counted(hours, "ساعة واحدة", "ساعتان", "ساعات", "ساعة", "ساعة");
	}

	/** Whole days and hours, e.g. «يومان و٣ ساعات»; under an hour «أقل من ساعة». */
	public static String duration(Duration duration) {
		long days = duration.toDays();
		long hours = duration.minusDays(days).toHours();
		if (days == 0 && hours == 0) {
			return "أقل من ساعة";
		}
		if (days == 0) {
			return hours(hours);
		}
		return hours == 0 ? days(days) : days(days) + " و" + hours(hours);
	}

	private static String counted(long count, String one, String two, String plural, String accusative, String genitive) {
		if (count == 1) {
			return one;
		}
		if (count == 2) {
			return two;
		}
		long lastTwo = count % 100;
		String noun = lastTwo >= 3 && lastTwo <= 10 ? plural : lastTwo >= 11 ? accusative : genitive;
		return digits(count) + " " + noun;
	}

}
