package sa.nonprofit.hail.system;

/**
 * What a notice keeps of its recipient once the person's data is erased, or from the start for a reporter: enough to
 * show a message went to them ({@code 05XXXXXX67}, {@code a***@x***.sa}), not enough to reach or name them.
 */
public final class Masks {

	private Masks() {
	}

	/** The first two and last two digits of a mobile number ({@code +966512345667} becomes {@code 05XXXXXX67}). */
	public static String mobile(String mobile) {
		if (mobile == null || mobile.isBlank()) {
			return mobile;
		}
		String digits = mobile.replaceAll("\\D", "");
		if (digits.startsWith("966")) {
			digits = "0" + digits.substring(3);
		}
		if (digits.length() < 5) {
			return "X".repeat(digits.length());
		}
		return digits.substring(0, 2) + "X".repeat(digits.length() - 4) + digits.substring(digits.length() - 2);
	}

	/**
	 * The first letter of the mailbox and of the domain, and the domain's last label ({@code ahmad@trading.com.sa}
	 * becomes {@code a***@t***.sa}): a company's or a family's own domain would point to the person.
	 */
	public static String email(String email) {
		if (email == null || email.isBlank()) {
			return email;
		}
		int at = email.lastIndexOf('@');
		if (at <= 0 || at == email.length() - 1) {
			return "***";
		}
		String domain = email.substring(at + 1);
		int lastDot = domain.lastIndexOf('.');
		String ending = lastDot > 0 ? domain.substring(lastDot) : "";
		return email.charAt(0) + "***@" + domain.charAt(0) + "***" + ending;
	}

}
