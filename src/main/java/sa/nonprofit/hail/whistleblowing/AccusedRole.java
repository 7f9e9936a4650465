package sa.nonprofit.hail.whistleblowing;

/** Whom a report accuses (DESIGN.md). */
public enum AccusedRole {

	EXECUTIVE_DIRECTOR, BOARD_CHAIR, BOARD_MEMBER, INTERNAL_AUDITOR, COMMITTEE_MEMBER, EMPLOYEE, VOLUNTEER, OTHER, UNKNOWN

}
