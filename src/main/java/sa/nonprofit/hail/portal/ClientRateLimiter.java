package sa.nonprofit.hail.portal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client address (Bucket4j). The address is turned into a keyed hash with a secret made at start-up
 * and kept only in memory, so no IP address is stored anywhere, not even in this map.
 */
@Component
class ClientRateLimiter {

	/** What the limit counts. */
	enum Kind {
		SUBMISSION, CHECK
	}

	private final PortalProperties limits;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	private final SecretKeySpec secret;

	ClientRateLimiter(PortalProperties limits) {
		this.limits = limits;
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		this.secret = new SecretKeySpec(key, "HmacSHA256");
	}

	boolean tryConsume(String clientAddress, Kind kind) {
		int perMinute = kind == Kind.SUBMISSION ? this.limits.submissionsPerMinute() : this.limits.checksPerMinute();
		Bucket bucket = this.buckets.get(kind + ":" + anonymise(clientAddress), key -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
		return bucket.tryConsume(1);
	}

	private String anonymise(String address) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.secret);
			return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
