package sa.nonprofit.hail.privacy;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.DecoyHash;

/**
 * A data request's tracking code, the same way as a reporter's: 100 random bits shown once, kept only as a BCrypt hash,
 * and every check costs the same BCrypt work whether the request exists or not.
 */
@Component
public class DataRequestAccessCodes {

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final int CODE_LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);

	private final JdbcTemplate jdbc;

	DataRequestAccessCodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A new code for a new request, in groups of five; only its hash is stored. */
	String issue(String requestNumber) {
		StringBuilder code = new StringBuilder(CODE_LENGTH + 4);
		for (int i = 0; i < CODE_LENGTH; i++) {
			if (i > 0 && i % 5 == 0) {
				code.append('-');
			}
			code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		this.jdbc.update("INSERT INTO app_data_request_access (request_number, code_hash) VALUES (?, ?)",
				requestNumber, this.bcrypt.encode(normalise(code.toString())));
		return code.toString();
	}

	/** Whether the code is this request's; a null number is checked against the decoy, at the same cost. */
	public boolean matches(String requestNumber, String code) {
		List<String> hashes = requestNumber == null ? List.of() : this.jdbc.queryForList(
				"SELECT code_hash FROM app_data_request_access WHERE request_number = ?", String.class, requestNumber);
		String hash = hashes.isEmpty() ? DecoyHash.BCRYPT_10 : hashes.get(0);
		return this.bcrypt.matches(requestNumber == null ? "" : normalise(code), hash) && !hashes.isEmpty();
	}

	/** Revokes the codes of these requests (their requester's data was erased): they open nothing any more. */
	void revoke(Collection<String> requestNumbers) {
		for (List<String> chunk : Sql.chunks(requestNumbers)) {
			this.jdbc.update("DELETE FROM app_data_request_access WHERE request_number IN (" + Sql.marks(chunk.size())
					+ ")", chunk.toArray());
		}
	}

	private static String normalise(String code) {
		return code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
	}

}
