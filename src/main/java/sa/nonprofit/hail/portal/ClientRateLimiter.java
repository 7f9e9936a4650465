package sa.nonprofit.hail.portal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
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

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	ClientRateLimiter(PortalProperties limits, ClientKeys clients) {
		this.limits = limits;
		this.clients = clients;
	}

	boolean tryConsume(String clientAddress, Kind kind) {
		int perMinute = kind == Kind.SUBMISSION ? this.limits.submissionsPerMinute() : this.limits.checksPerMinute();
		Bucket bucket = this.buckets.get(kind + ":" + this.clients.of(clientAddress), key -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
		return bucket.tryConsume(1);
	}

}
