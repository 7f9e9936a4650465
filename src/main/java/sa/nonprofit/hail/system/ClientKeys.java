package sa.nonprofit.hail.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Turns a client address into a keyed hash (HMAC-SHA256 with a secret made at start-up and kept only in memory), so
 * the rate limits and the sign-in and access-code throttles can tell clients apart without any IP address being kept, not even in
 * their maps. A restart forgets every key.
 */
@Component
public class ClientKeys {

	private final SecretKeySpec secret;

	ClientKeys() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		this.secret = new SecretKeySpec(key, "HmacSHA256");
	}

	public String of(String clientAddress) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.secret);
			return HexFormat.of().formatHex(mac.doFinal(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
