package sa.nonprofit.hail.identity;

/** The Camunda groups of DESIGN.md, with the Arabic names staff see. */
public enum StaffGroup {

	BENEFICIARY_RELATIONS("beneficiary-relations", "موظفو علاقات المستفيدين"),
	SOCIAL_RESEARCHERS("social-researchers", "البحث الاجتماعي"),
	RESEARCH_COMMITTEE("research-committee", "لجنة البحث"),
	INTERNAL_AUDITORS("internal-auditors", "المراجع الداخلي"),
	VIOLATIONS_COMMITTEE("violations-committee", "لجنة المخالفات"),
	BOARD_CHAIR("board-chair", "رئيس مجلس الإدارة"),
	EXECUTIVE_DIRECTOR("executive-director", "المسؤول التنفيذي"),
	BOARD_VICE_CHAIR("board-vice-chair", "نائب رئيس مجلس الإدارة"),
	DATA_PROTECTION_OFFICER("data-protection-officer", "مسؤول حماية البيانات الشخصية"),
	CAMUNDA_ADMIN("camunda-admin", "مدير النظام"),
	SYSTEM_OPERATORS("system-operators", "مشغلو النظام");

	private final String id;

	private final String arabicName;

	StaffGroup(String id, String arabicName) {
		this.id = id;
		this.arabicName = arabicName;
	}

	public String id() {
		return this.id;
	}

	public String arabicName() {
		return this.arabicName;
	}

	/** Groups that work tasks in Tasklist; the administrator and the operators watch the engine instead. */
	public boolean worksInTasklist() {
		return this != CAMUNDA_ADMIN && this != SYSTEM_OPERATORS;
	}

}
