package sa.nonprofit.hail.privacy;

/** Destroys a person's personal data everywhere it is held, keeping anonymous counts (PDPL Art. 18). */
public interface SubjectErasure {

	/**
	 * Erases the person's personal data from every record except the data request asking for it (its own instance is
	 * forgotten by {@link #forgetRequester} once the person has been told); the person's other open data requests end.
	 * @throws sa.nonprofit.hail.system.Refusal (conflict) while a legal hold stands on the person or one of their cases,
	 * or one of their support requests is open; then nothing is erased
	 */
	Erasure erase(String nationalId, String dataRequestInstanceId);

	/**
	 * Removes the requester's personal data (national ID, name, mobile, e-mail, free text) from one data request's
	 * instance, its history and its notices, keeping what proves the request was handled: number, dates, type,
	 * decision and the keyed hash of the national ID ({@link SubjectKeys}).
	 */
	void forgetRequester(String dataRequestInstanceId);

	/** What an erasure removed, as counts only. */
	record Erasure(long instances, long documents, long notifications) {
	}

}
