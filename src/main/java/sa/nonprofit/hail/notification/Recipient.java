package sa.nonprofit.hail.notification;

/** Who a message is for: a role (APPLICANT, REPORTER, a staff group id) and whatever contact details are known. */
public record Recipient(String role, String name, String mobile, String email) {

	public static final String APPLICANT = "APPLICANT";

	/** A whistleblower: reached at their contact, which no record keeps (only its mask). */
	public static final String REPORTER = "REPORTER";

	public static Recipient applicant(String name, String mobile, String email) {
		return new Recipient(APPLICANT, name, blankToNull(mobile), blankToNull(email));
	}

	public static Recipient staffGroup(String groupId) {
		return new Recipient(groupId, null, null, null);
	}

	public static Recipient reporter(String mobile, String email) {
		return new Recipient(REPORTER, null, blankToNull(mobile), blankToNull(email));
	}

	/** Whether the record of a message to this recipient may keep only masks of the contact. */
	boolean confidential() {
		return REPORTER.equals(this.role);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
