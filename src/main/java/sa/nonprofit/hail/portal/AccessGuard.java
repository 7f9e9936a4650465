package sa.nonprofit.hail.portal;

import java.util.function.BiPredicate;

import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.whistleblowing.ReporterAccessCodes;

/**
 * The checks against guessing a report's access code or a request's national ID: failures are throttled per client
 * ({@link FailedCheckThrottle}), never per report, so nobody can lock a reporter out. Every refusal (wrong code,
 * unknown or impossible number, throttled client) is the same answer after the same BCrypt work, so neither the answer
 * nor its timing reveals a report.
 */
@Component
class AccessGuard {

	/** The longest case number there is (the width of every number column); anything longer is simply unknown. */
	static final int MAX_NUMBER = 40;

	/** The longest secret a page sends: an access code with its dashes, or a national ID. */
	static final int MAX_SECRET = 40;

	private final ReporterAccessCodes codes;

	private final FailedCheckThrottle throttle;

	AccessGuard(ReporterAccessCodes codes, FailedCheckThrottle throttle) {
		this.codes = codes;
		this.throttle = throttle;
	}

	/**
	 * Passes when the code matches and this client is not throttled; otherwise refuses with one answer for all cases.
	 * The BCrypt comparison runs in every case, a throttled client's included.
	 */
	void requireCode(String client, String reportNumber, String code) {
		requireCode(client, reportNumber, code, this.codes::matches);
	}

	/** The same check for another kind of tracking code ({@code matches(number or null, code)}, BCrypt either way). */
	void requireCode(String client, String reportNumber, String code, BiPredicate<String, String> codes) {
		boolean matches = codes.test(isPossible(reportNumber, code) ? reportNumber : null, code);
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

	static Refusal refusal() {
		return Refusal.notFound(
				"الرقم أو رمز المتابعة أو رقم الهوية غير صحيح، أو أن المحاولات كثيرة: حاول لاحقاً",
				"The number, the tracking code or the national ID is wrong, or there were too many attempts: try again later");
	}

	private static boolean isPossible(String number, String secret) {
		return number != null && number.length() <= MAX_NUMBER && (secret == null || secret.length() <= MAX_SECRET);
	}

	/** Over-long numbers all count as one, so they cannot be used to grow the throttle's map. */
	private static String reference(String number) {
		return number == null || number.length() > MAX_NUMBER ? "" : number;
	}

}
