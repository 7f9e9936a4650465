package sa.nonprofit.hail.whistleblowing;

/** Names of the whistleblower-report process that BPMN, forms, code and tests share (DESIGN.md). */
public final class WhistleblowerProcess {

	public static final String PROCESS_ID = "WhistleblowerReportProcess";

	private WhistleblowerProcess() {
	}

}
