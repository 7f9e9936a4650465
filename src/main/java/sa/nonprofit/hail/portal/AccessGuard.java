package sa.nonprofit.hail.portal;

import java.security.SecureRandom;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.ApiProblem;

/**
 * Report access codes (100 random bits, shown once, kept only as a BCrypt hash) and the checks against guessing:
 * failures are throttled per client ({@link FailedCheckThrottle}), never per report, so nobody can lock a reporter
 * out. Every refusal (wrong code, unknown or impossible number, throttled client) is the same answer after the same
 * BCrypt work, so neither the answer nor its timing reveals a report.
 */
@Component
class AccessGuard {

	/** The longest case number there is (the width of every number column); anything longer is simply unknown. */
	static final int MAX_NUMBER = 40;

	/** The longest secret a page sends: an access code with its dashes, or a national ID. */
	static final int MAX_SECRET = 40;

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final int CODE_LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);

	/** Compared against when a report has no hash, so a missing report costs the same time. */
	private final String decoyHash = this.bcrypt.encode("no-such-report-decoy");

	private final JdbcTemplate jdbc;

	private final FailedCheckThrottle throttle;

	AccessGuard(JdbcTemplate jdbc, FailedCheckThrottle throttle) {
		this.jdbc = jdbc;
		this.throttle = throttle;
	}

	/** A new code for a new report: 20 characters of a 32-letter alphabet, 100 bits. Stores only its hash. */
	String issueCode(String reportNumber) {
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
	 * Passes when the code matches and this client is not throttled; otherwise refuses with one answer for all cases.
	 * The BCrypt comparison runs in every case, a throttled client's included.
	 */
	void requireCode(String client, String reportNumber, String code) {
		boolean possible = isPossible(reportNumber, code);
		List<String> hashes = possible ? this.jdbc.queryForList(
				"SELECT code_hash FROM app_report_access WHERE report_number = ?", String.class, reportNumber) : List.of();
		String hash = hashes.isEmpty() ? this.decoyHash : hashes.get(0);
		boolean matches = this.bcrypt.matches(possible ? normalise(code) : "", hash) && !hashes.isEmpty();
		if (this.throttle.isRefused(client, reference(reportNumber))) {
			throw refusal();
		}
		if (!matches) {
			fail(client, reportNumber);
		}
		this.throttle.succeeded(client, reference(reportNumber));
	}

	/** Refuses a client that failed too often, for request status checks, before anything is looked up. */
	void requireNotThrottled(String client, String reference) {
		if (this.throttle.isRefused(client, reference(reference))) {
			throw refusal();
		}
		if (!isPossible(reference, "")) {
			fail(client, reference);
		}
	}

	/** Counts a failed check against this client and refuses. */
	void fail(String client, String reference) {
		this.throttle.failed(client, reference(reference));
		throw refusal();
	}

	void succeeded(String client, String reference) {
		this.throttle.succeeded(client, reference(reference));
	}

	static ApiProblem refusal() {
		return new ApiProblem(HttpStatus.NOT_FOUND,
				"الرقم أو رمز التحقق غير صحيح، أو أن المحاولات كثيرة: حاول لاحقاً",
				"The number or the code is wrong, or there were too many attempts: try again later");
	}

	private static boolean isPossible(String number, String secret) {
		return number != null && number.length() <= MAX_NUMBER && (secret == null || secret.length() <= MAX_SECRET);
	}

	/** Over-long numbers all count as one, so they cannot be used to grow the throttle's map. */
	private static String reference(String number) {
		return number == null || number.length() > MAX_NUMBER ? "" : number;
	}

	private static String normalise(String code) {
		return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "");
	}

}
