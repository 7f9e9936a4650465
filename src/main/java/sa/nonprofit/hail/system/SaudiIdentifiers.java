package sa.nonprofit.hail.system;

import java.util.Optional;
import java.util.regex.Pattern;

/** Saudi national ID / iqama and mobile numbers: normalisation and check digits. Arabic-Indic digits are accepted. */
public final class SaudiIdentifiers {

	/** The longest e-mail address kept: the width of every e-mail column (contacts, notification records). */
	public static final int MAX_EMAIL = 200;

	/** The longest mobile number as typed (spaces, +966 and all): the page's limit; stored normalised, shorter. */
	public static final int MAX_MOBILE = 20;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

	private SaudiIdentifiers() {
	}

	/** Replaces Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits with ASCII digits and drops spaces and dashes. */
	public static String normaliseDigits(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder result = new StringBuilder(text.length());
		for (char c : text.strip().toCharArray()) {
			if (c >= '٠' && c <= '٩') {
				result.append((char) ('0' + (c - '٠')));
			}
			else if (c >= '۰' && c <= '۹') {
				result.append((char) ('0' + (c - '۰')));
			}
			else if (c != ' ' && c != '-' && c != '\u00a0') {
				result.append(c);
			}
		}
		return result.toString();
	}

	/**
	 * A valid national ID (first digit 1, citizens) or iqama (first digit 2, residents): ten digits whose Luhn sum
	 * over all ten digits is a multiple of ten.
	 */
	public static boolean isValidNationalId(String normalised) {
		if (normalised.length() != 10 || !normalised.chars().allMatch(Character::isDigit)) {
			return false;
		}
		char first = normalised.charAt(0);
		if (first != '1' && first != '2') {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			int digit = normalised.charAt(i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	/** A plausible e-mail address: something@domain.tld, no spaces; deliverability is the mail server's business. */
	public static boolean isEmailAddress(String text) {
		return text != null && text.strip().length() <= MAX_EMAIL && EMAIL.matcher(text.strip()).matches();
	}

	/** A Saudi mobile number in any common writing (05…, 5…, 9665…, +9665…, 009665…) as {@code +9665XXXXXXXX}. */
	public static Optional<String> normaliseMobile(String raw) {
		if (raw != null && raw.strip().length() > MAX_MOBILE) {
			return Optional.empty();
		}
		String digits = normaliseDigits(raw).replace("(", "").replace(")", "");
		if (digits.startsWith("+")) {
			digits = digits.substring(1);
		}
		else if (digits.startsWith("00")) {
			digits = digits.substring(2);
		}
		if (digits.startsWith("966")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("0")) {
			digits = digits.substring(1);
		}
		if (digits.length() == 9 && digits.charAt(0) == '5' && digits.chars().allMatch(Character::isDigit)) {
			return Optional.of("+966" + digits);
		}
		return Optional.empty();
	}

}
