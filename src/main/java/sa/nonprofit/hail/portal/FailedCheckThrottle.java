package sa.nonprofit.hail.portal;

import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.ClientKeys;
import sa.nonprofit.hail.system.FailedAttempts;

/**
 * Failed access checks counted per client, in the database so that every node counts alike: per (client, number) up to
 * {@code max-failed-checks}, and per client over all numbers up to {@code max-failed-checks-per-client}, within the
 * last {@code lock-time}; past either, that client alone is refused until its failures age out. A lock on the number
 * itself would let anyone shut a reporter out of their own report.
 */
@Component
class FailedCheckThrottle {

	private static final String ALL_NUMBERS = "access-checks";

	private final PortalProperties limits;

	private final ClientKeys clients;

	private final FailedAttempts attempts;

	FailedCheckThrottle(PortalProperties limits, ClientKeys clients, FailedAttempts attempts) {
		this.limits = limits;
		this.clients = clients;
		this.attempts = attempts;
	}

	boolean isRefused(String clientAddress, String reference) {
		return this.attempts.within(overAll(clientAddress), this.limits.lockTime()) >= this.limits
			.maxFailedChecksPerClient()
				|| this.attempts.within(forNumber(clientAddress, reference), this.limits.lockTime()) >= this.limits
					.maxFailedChecks();
	}

	void failed(String clientAddress, String reference) {
		this.attempts.record(overAll(clientAddress));
		this.attempts.record(forNumber(clientAddress, reference));
	}

	/** The right secret clears this client's count for this number, never its count over all numbers. */
	void succeeded(String clientAddress, String reference) {
		this.attempts.forget(forNumber(clientAddress, reference));
	}

	private String overAll(String clientAddress) {
		return this.clients.of(clientAddress, ALL_NUMBERS);
	}

	private String forNumber(String clientAddress, String reference) {
		return this.clients.of(clientAddress, ALL_NUMBERS + ":" + reference);
	}

}
