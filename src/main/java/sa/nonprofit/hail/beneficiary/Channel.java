package sa.nonprofit.hail.beneficiary;

/** The channels through which the association hears from beneficiaries (policy §5). */
public enum Channel {

	INTERVIEW("المقابلة"), PHONE("الاتصالات الهاتفية"), SOCIAL_MEDIA("وسائل التواصل الاجتماعي"), LETTER("الخطابات"),
	HELP_REQUEST("خدمات طلب المساعدة"), VOLUNTEERING("خدمة التطوع"), WEBSITE("الموقع الإلكتروني للجمعية");

	private final String arabicName;

	Channel(String arabicName) {
		this.arabicName = arabicName;
	}

	public String arabicName() {
		return this.arabicName;
	}

}
