package sa.nonprofit.hail.notification;

/** Who a message is for: a role (APPLICANT, REPORTER, a staff group id) and whatever contact details are known. */
public record Recipient(String role, String name, String mobile, String email) {

	public static final String APPLICANT = "APPLICANT";

	public static Recipient applicant(String name, String mobile, String email) {
		return new Recipient(APPLICANT, name, blankToNull(mobile), blankToNull(email));
	}

	public static Recipient staffGroup(String groupId) {
		return new Recipient(groupId, null, null, null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
