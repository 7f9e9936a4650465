package sa.nonprofit.hail.system;

import java.util.Base64;

/** A value sealed by {@link Sealer}: the id of the key that sealed it and the nonce followed by the ciphertext. */
public record SealedValue(String keyId, byte[] bytes) {

	/** The sealed bytes as Base64, for a text column. */
	public String text() {
		return Base64.getEncoder().encodeToString(this.bytes);
	}

}
