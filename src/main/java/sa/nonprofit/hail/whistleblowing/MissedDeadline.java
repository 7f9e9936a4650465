package sa.nonprofit.hail.whistleblowing;

/** The report deadlines of DESIGN.md that escalate when missed. */
enum MissedDeadline {

	ACKNOWLEDGEMENT("إشعار المبلّغ باستلام البلاغ", "acknowledgement"),
	LEADERSHIP("إطلاع رئيس المجلس والمسؤول التنفيذي", "leadership briefing"),
	INVESTIGATION("تحقيق لجنة المخالفات وتوصيتها", "violations committee recommendation");

	private final String arabicName;

	private final String englishName;

	MissedDeadline(String arabicName, String englishName) {
		this.arabicName = arabicName;
		this.englishName = englishName;
	}

	String arabicName() {
		return this.arabicName;
	}

	String englishName() {
		return this.englishName;
	}

	/** The process variable that records the miss, e.g. {@code acknowledgementDeadlineMissed}. */
	String flagVariable() {
		return name().toLowerCase(java.util.Locale.ROOT) + "DeadlineMissed";
	}

}
