package sa.nonprofit.hail.portal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import sa.nonprofit.hail.system.ApiProblem;

/**
 * Report access codes (100 random bits, shown once, kept only as a BCrypt hash) and the checks against guessing: after
 * too many failures a report number is locked for a while. Every refusal, whether the number exists or not, is the same
 * answer after the same BCrypt work, so neither the answer nor its timing reveals a report.
 */
@Component
class AccessGuard {

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final int CODE_LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);

	/** Compared against when a report has no hash, so a missing report costs the same time. */
	private final String decoyHash = this.bcrypt.encode("no-such-report-decoy");

	private final JdbcTemplate jdbc;

	private final PortalProperties limits;

	private final TransactionTemplate ownTransaction;

	AccessGuard(JdbcTemplate jdbc, PortalProperties limits, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

	/** Passes when the code matches and the report is not locked; otherwise refuses with one answer for all cases. */
	void requireCode(String reportNumber, String code) {
		requireNotLocked(reportNumber);
		List<String> hashes = this.jdbc.queryForList(
				"SELECT code_hash FROM app_report_access WHERE report_number = ?", String.class, reportNumber);
		String hash = hashes.isEmpty() ? this.decoyHash : hashes.get(0);
		boolean matches = this.bcrypt.matches(normalise(code), hash) && !hashes.isEmpty();
		if (!matches) {
			fail(reportNumber);
		}
		this.ownTransaction.executeWithoutResult(
				tx -> this.jdbc.update("DELETE FROM app_access_attempt WHERE reference = ?", reportNumber));
	}

	/** The same lock for support-request status checks, keyed by request number. */
	void requireNotLocked(String reference) {
		List<Timestamp> locked = this.jdbc.queryForList(
				"SELECT locked_until FROM app_access_attempt WHERE reference = ? AND locked_until IS NOT NULL",
				Timestamp.class, reference);
		if (!locked.isEmpty() && locked.get(0).toInstant().isAfter(now())) {
			throw refusal();
		}
	}

	/** Counts a failed check (in a transaction of its own, so the refusal does not roll it back) and refuses. */
	void fail(String reference) {
		this.ownTransaction.executeWithoutResult(tx -> {
			int updated = this.jdbc.update(
					"UPDATE app_access_attempt SET failed_attempts = failed_attempts + 1 WHERE reference = ?", reference);
			if (updated == 0) {
				this.jdbc.update("INSERT INTO app_access_attempt (reference, failed_attempts) VALUES (?, 1)", reference);
			}
			this.jdbc.update("""
					UPDATE app_access_attempt SET locked_until = ?, failed_attempts = 0
					WHERE reference = ? AND failed_attempts >= ?""", Timestamp.from(now().plus(this.limits.lockTime())),
					reference, this.limits.maxFailedChecks());
		});
		throw refusal();
	}

	static ApiProblem refusal() {
		return new ApiProblem(HttpStatus.NOT_FOUND,
				"الرقم أو رمز التحقق غير صحيح، أو أن المحاولات كثيرة: حاول لاحقاً",
				"The number or the code is wrong, or there were too many attempts: try again later");
	}

	private static String normalise(String code) {
		return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "");
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
