package sa.nonprofit.hail.whistleblowing;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.DecoyHash;

/**
 * A reporter's access code: 100 random bits, shown once, kept only as a BCrypt hash. Checking one costs the same
 * BCrypt work whether the report exists or not, so the timing tells nothing.
 */
@Component
public class ReporterAccessCodes {

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final int CODE_LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);

	private final JdbcTemplate jdbc;

	ReporterAccessCodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A new code for a new report: 20 characters of a 32-letter alphabet, in groups of five. Stores only its hash. */
	String issue(String reportNumber) {
		StringBuilder code = new StringBuilder(CODE_LENGTH + 4);
		for (int i = 0; i < CODE_LENGTH; i++) {
			if (i > 0 && i % 5 == 0) {
				code.append('-');
			}
			code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		this.jdbc.update("INSERT INTO app_report_access (report_number, code_hash) VALUES (?, ?)", reportNumber,
				this.bcrypt.encode(normalise(code.toString())));
		return code.toString();
	}

	/**
	 * Whether the code is this report's; a null number (one the caller already knows to be impossible) is checked
	 * against the decoy, at the same cost.
	 */
	public boolean matches(String reportNumber, String code) {
		List<String> hashes = reportNumber == null ? List.of() : this.jdbc.queryForList(
				"SELECT code_hash FROM app_report_access WHERE report_number = ?", String.class, reportNumber);
		String hash = hashes.isEmpty() ? DecoyHash.BCRYPT_10 : hashes.get(0);
		return this.bcrypt.matches(reportNumber == null ? "" : normalise(code), hash) && !hashes.isEmpty();
	}

	private static String normalise(String code) {
		return code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
	}

}
