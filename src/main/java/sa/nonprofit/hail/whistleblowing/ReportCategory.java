package sa.nonprofit.hail.whistleblowing;

/** What kind of violation a report is about. */
public enum ReportCategory {

	FINANCIAL("مخالفة مالية", "Financial"), ADMINISTRATIVE("مخالفة إدارية", "Administrative"),
	ETHICAL("مخالفة سلوكية أو أخلاقية", "Conduct or ethics"), CONFLICT_OF_INTEREST("تعارض مصالح", "Conflict of interest"),
	HARASSMENT("تحرش أو إساءة", "Harassment or abuse"),
	BENEFICIARY_RIGHTS("الإخلال بحقوق المستفيدين", "Beneficiaries' rights"), OTHER("أخرى", "Other");

	private final String arabicName;

	private final String englishName;

	ReportCategory(String arabicName, String englishName) {
		this.arabicName = arabicName;
		this.englishName = englishName;
	}

	public String arabicName() {
		return this.arabicName;
	}

	public String englishName() {
		return this.englishName;
	}

	/** The Arabic name of a category value as stored in the process; an unknown value is shown as it is. */
	public static String arabicNameOf(Object value) {
		if (value == null) {
			return OTHER.arabicName;
		}
		for (ReportCategory category : values()) {
			if (category.name().equals(value.toString())) {
				return category.arabicName;
			}
		}
		return value.toString();
	}

}
