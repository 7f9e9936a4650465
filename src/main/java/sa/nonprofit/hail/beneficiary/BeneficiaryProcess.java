package sa.nonprofit.hail.beneficiary;

/** Names of the support-request process that BPMN, forms, code and tests share (DESIGN.md). */
public final class BeneficiaryProcess {

	public static final String PROCESS_ID = "BeneficiaryRequestProcess";

	private BeneficiaryProcess() {
	}

}
