package sa.nonprofit.hail.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, and keys derived from one secret for one use each (so that no two uses can be compared). */
public final class Hmac {

	private static final String ALGORITHM = "HmacSHA256";

	private Hmac() {
	}

	/** The key for {@code purpose} alone: HMAC(secret, purpose). */
	public static SecretKeySpec derived(String secret, String purpose) {
		return new SecretKeySpec(of(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM), purpose),
				ALGORITHM);
	}

	public static byte[] of(SecretKeySpec key, String text) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
