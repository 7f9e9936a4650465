package sa.nonprofit.hail.system;

/**
 * A BCrypt hash (cost 10, as the access codes') of 256 random bits that nobody kept. An access code for a report or a
 * data request that does not exist is checked against it, so the answer costs the same BCrypt work as for one that
 * exists, and it never matches. A constant: no start of the application pays for hashing a decoy.
 */
public final class DecoyHash {

	public static final String BCRYPT_10 = "$2a$10$50Iwy6IbsODnybY6OgE2aebU3RYwCBW55skqQU5tpto2XH/W.xnHe";

	private DecoyHash() {
	}

}
