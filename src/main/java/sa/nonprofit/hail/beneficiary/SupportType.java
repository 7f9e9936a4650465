package sa.nonprofit.hail.beneficiary;

/** The kinds of support an applicant may ask the association for. */
public enum SupportType {

	NUTRITION_CONSULTATION("استشارة تغذوية", "Nutrition consultation"),
	FITNESS_PROGRAM("برنامج لياقة بدنية", "Fitness programme"), MEDICAL_REFERRAL("إحالة طبية", "Medical referral"),
	PSYCHOLOGICAL_SUPPORT("دعم نفسي", "Psychological support"), FINANCIAL_AID("مساعدة مالية", "Financial aid"),
	AWARENESS("توعية وتثقيف", "Awareness and education"), OTHER("أخرى", "Other");

	private final String arabicName;

	private final String englishName;

	SupportType(String arabicName, String englishName) {
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
