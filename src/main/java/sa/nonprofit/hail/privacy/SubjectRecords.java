package sa.nonprofit.hail.privacy;

/** Gathers everything the association holds about a person, by national ID (engine runtime and history, our tables). */
public interface SubjectRecords {

	/** Never includes a whistleblowing report: a reporter proves a report is theirs with its access code instead. */
	SubjectFile gather(String nationalId);

}
