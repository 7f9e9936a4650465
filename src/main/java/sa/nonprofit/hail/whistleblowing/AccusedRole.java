package sa.nonprofit.hail.whistleblowing;

/** Whom a report accuses (DESIGN.md), in the order the report form offers them. */
public enum AccusedRole {

	UNKNOWN("لا أعرف / أفضّل عدم الذكر", "I do not know / prefer not to say"),
	EXECUTIVE_DIRECTOR("المسؤول التنفيذي", "Executive director"), BOARD_CHAIR("رئيس مجلس الإدارة", "Board chair"),
	BOARD_MEMBER("عضو مجلس الإدارة", "Board member"), INTERNAL_AUDITOR("المراجع الداخلي", "Internal auditor"),
	COMMITTEE_MEMBER("عضو لجنة", "Committee member"), EMPLOYEE("موظف", "Employee"), VOLUNTEER("متطوع", "Volunteer"),
	OTHER("آخر", "Other");

	private final String arabicName;

	private final String englishName;

	AccusedRole(String arabicName, String englishName) {
		this.arabicName = arabicName;
		this.englishName = englishName;
	}

	public String arabicName() {
		return this.arabicName;
	}

	public String englishName() {
		return this.englishName;
	}

}
