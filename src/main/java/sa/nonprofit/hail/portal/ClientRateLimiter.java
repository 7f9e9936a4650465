package sa.nonprofit.hail.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

/** Token buckets per client (Bucket4j), keyed by {@link ClientKeys}: no IP address is kept, not even in this map. */
import sa.nonprofit.hail.system.ClientKeys;

@Component
class ClientRateLimiter {

	/** What the limit counts. */
	enum Kind {
		SUBMISSION, CHECK
	}

	private final PortalProperties limits;

	private final ClientKeys clients;

	/** Buckets refill on the application's clock, so that a test moves time instead of waiting for it. */
	private final TimeMeter time;

	private final Cache<String, Bucket> buckets;

	ClientRateLimiter(PortalProperties limits, ClientKeys clients, Clock clock) {
		this.limits = limits;
		this.clients = clients;
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return TimeUnit.MILLISECONDS.toNanos(clock.millis());
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(Duration.ofMinutes(10))
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.maximumSize(100_000)
			.build();
	}

	boolean tryConsume(String clientAddress, Kind kind) {
		int perMinute = kind == Kind.SUBMISSION ? this.limits.submissionsPerMinute() : this.limits.checksPerMinute();
		Bucket bucket = this.buckets.get(kind + ":" + this.clients.of(clientAddress), key -> Bucket.builder()
			.withCustomTimePrecision(this.time)
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
		return bucket.tryConsume(1);
	}

}
