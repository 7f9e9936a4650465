package sa.nonprofit.hail.system;

/**
 * A start-up step that writes data every node shares (groups, accounts, filters, authorizations, holidays, record
 * versions). {@link StartupSeeding} runs all of them on one node at a time, so nodes starting together write each
 * row once.
 */
public interface StartupSeed {

	/** Writes what is missing and leaves what is there; runs inside the seeding transaction. */
	void seed();

}
