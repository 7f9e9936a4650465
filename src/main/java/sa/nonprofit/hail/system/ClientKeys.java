package sa.nonprofit.hail.system;

import java.util.HexFormat;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a client address into a keyed hash (HMAC-SHA256), so that the rate limits and the sign-in and access-code
 * throttles can tell clients apart without any IP address being kept, not even in their maps or the database. The
 * key is derived from {@code app.privacy.subject-hash-key} for this use alone, so that every node of a cluster names
 * a client alike and nothing outside the nodes can turn an address into its key.
 */
@Component
public class ClientKeys {

	private final SecretKeySpec secret;

	ClientKeys(@Value("${app.privacy.subject-hash-key:}") String subjectHashKey) {
		if (subjectHashKey.isBlank()) {
			throw new UnsafeConfigurationException("No subject hash key is set: clients cannot be told apart safely.",
					"Set SUBJECT_HASH_KEY (app.privacy.subject-hash-key) to a random secret of at least 32 characters.");
		}
		this.secret = Hmac.derived(subjectHashKey, "client-keys");
	}

	/** The client itself: its rate limits, its sign-in failures. */
	public String of(String clientAddress) {
		return HexFormat.of().formatHex(Hmac.of(this.secret, String.valueOf(clientAddress)));
	}

	/** The client within one scope (e.g. the case number it tried): the scope is hashed along, never kept. */
	public String of(String clientAddress, String scope) {
		return HexFormat.of().formatHex(Hmac.of(this.secret, clientAddress + "\n" + scope));
	}

}
