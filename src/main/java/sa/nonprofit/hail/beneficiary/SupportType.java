package sa.nonprofit.hail.beneficiary;

/** The kinds of support an applicant may ask the association for. */
public enum SupportType {

	NUTRITION_CONSULTATION("استشارة تغذوية"), FITNESS_PROGRAM("برنامج لياقة بدنية"), MEDICAL_REFERRAL("إحالة طبية"),
	PSYCHOLOGICAL_SUPPORT("دعم نفسي"), FINANCIAL_AID("مساعدة مالية"), AWARENESS("توعية وتثقيف"), OTHER("أخرى");

	private final String arabicName;

	SupportType(String arabicName) {
		this.arabicName = arabicName;
	}

	public String arabicName() {
		return this.arabicName;
	}

}
