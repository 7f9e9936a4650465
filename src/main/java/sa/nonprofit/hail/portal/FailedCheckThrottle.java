package sa.nonprofit.hail.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.ClientKeys;

/**
 * Failed access checks counted per client, in memory: per (client, number) up to {@code max-failed-checks}, and per
 * client over all numbers up to {@code max-failed-checks-per-client}; past either, that client alone is refused for
 * {@code lock-time}. A lock on the number itself would let anyone shut a reporter out of their own report.
 */
@Component
class FailedCheckThrottle {

	/** Failures since the last lock, and the end of the current lock. */
	private record Failures(int count, Instant lockedUntil) {
	}

	private final PortalProperties limits;

	private final ClientKeys clients;

	private final Cache<String, Failures> failures;

	private final Clock clock;

	FailedCheckThrottle(PortalProperties limits, ClientKeys clients, Clock clock) {
		this.limits = limits;
		this.clients = clients;
		this.clock = clock;
		// Failures older than a lock time are forgotten; the size bound keeps an address-hopping flood from filling memory.
		this.failures = Caffeine.newBuilder()
			.expireAfterWrite(limits.lockTime())
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.maximumSize(200_000)
			.build();
	}

	boolean isRefused(String clientAddress, String reference) {
		String client = this.clients.of(clientAddress);
		return isLocked(client) || isLocked(client + "|" + reference);
	}

	void failed(String clientAddress, String reference) {
		String client = this.clients.of(clientAddress);
		count(client, this.limits.maxFailedChecksPerClient());
		count(client + "|" + reference, this.limits.maxFailedChecks());
	}

	/** The right secret clears this client's count for this number, never its count over all numbers. */
	void succeeded(String clientAddress, String reference) {
		this.failures.invalidate(this.clients.of(clientAddress) + "|" + reference);
	}

	private boolean isLocked(String key) {
		Failures current = this.failures.getIfPresent(key);
		return current != null && current.lockedUntil() != null && current.lockedUntil().isAfter(now());
	}

	private void count(String key, int max) {
		this.failures.asMap().compute(key, (k, current) -> {
			int count = (current == null ? 0 : current.count()) + 1;
			if (count >= max) {
				return new Failures(0, now().plus(this.limits.lockTime()));
			}
			return new Failures(count, current == null ? null : current.lockedUntil());
		});
	}

	private Instant now() {
		return this.clock.instant();
	}

}
