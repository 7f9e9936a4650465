package sa.nonprofit.hail.privacy;

import java.util.regex.Pattern;

/**
 * What the officer may write into a message that goes out through the association's own channels: plain words, no
 * link, no phone number, no e-mail address. The only contact a breach notice gives is the officer's, from its fixed
 * part; otherwise the official channel could carry a lure to anyone named, a reporter among them.
 */
final class BreachOfficerText {

	/** A scheme, {@code www.}, or two words joined by a dot (a domain, Latin or Arabic: {@code bit.ly}, {@code x.sa}). */
	private static final Pattern LINK = Pattern
		.compile("(?iu)(https?:|ftp:|//|www\\.|[\\p{L}\\p{N}-]+\\.[\\p{L}]{2,})");

	/** A date or a time of day is not a phone number: taken out before digits are counted. */
	private static final Pattern DATE_OR_TIME = Pattern
		.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}|\\d{1,2}:\\d{2}");

	/** Seven digits or more, however spaced or dashed: any phone number, local or international. */
	private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[\\s\\-.()/]*\\d){6,}");

	private BreachOfficerText() {
	}

	/** Whether the text holds a link, a domain, an e-mail address or a phone number. */
	static boolean reachesElsewhere(String text) {
		String ascii = asciiDigits(text);
		if (ascii.contains("@") || ascii.contains("＠") || LINK.matcher(ascii).find()) {
			return true;
		}
		return PHONE.matcher(DATE_OR_TIME.matcher(ascii).replaceAll(" ")).find();
	}

	/** Arabic-Indic and Persian digits as ASCII, everything else kept. */
	private static String asciiDigits(String text) {
		StringBuilder ascii = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			ascii.append(c >= '٠' && c <= '٩' ? (char) ('0' + (c - '٠'))
					: c >= '۰' && c <= '۹' ? (char) ('0' + (c - '۰')) : c);
		}
		return ascii.toString();
	}

}
