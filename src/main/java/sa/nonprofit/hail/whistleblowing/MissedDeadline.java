package sa.nonprofit.hail.whistleblowing;

import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/** The report deadlines of DESIGN.md that escalate when missed. */
enum MissedDeadline {

	ACKNOWLEDGEMENT("إشعار المبلّغ باستلام البلاغ", "acknowledgement", Variables.ACKNOWLEDGEMENT_DEADLINE_MISSED),
	LEADERSHIP("إطلاع رئيس المجلس والمسؤول التنفيذي", "leadership briefing", Variables.LEADERSHIP_DEADLINE_MISSED),
	INVESTIGATION("تحقيق لجنة المخالفات وتوصيتها", "violations committee recommendation",
			Variables.INVESTIGATION_DEADLINE_MISSED);

	private final String arabicName;

	private final String englishName;

	private final String flagVariable;

	MissedDeadline(String arabicName, String englishName, String flagVariable) {
		this.arabicName = arabicName;
		this.englishName = englishName;
		this.flagVariable = flagVariable;
	}

	String arabicName() {
		return this.arabicName;
	}

	String englishName() {
		return this.englishName;
	}

	/** The process variable that records the miss, e.g. {@code acknowledgementDeadlineMissed}. */
	String flagVariable() {
		return this.flagVariable;
	}

}
