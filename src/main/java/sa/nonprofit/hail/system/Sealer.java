package sa.nonprofit.hail.system;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Component;

/**
 * Seals personal data at rest with AES-256-GCM: a fresh random 96-bit nonce per value, stored in front of the
 * ciphertext, and the row the value belongs to bound as associated data ({@code context}, e.g. the table, column and
 * report number), so a sealed value copied to another row or column no longer opens. Values are sealed and opened one
 * at a time, when they are written and read.
 */
@Component
public class Sealer {

	private static final String CIPHER = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final DataKeys keys;

	private final SecureRandom random = new SecureRandom();

	public Sealer(DataKeys keys) {
		this.keys = keys;
	}

	/** The id of the key new values are sealed with. */
	public String currentKeyId() {
		return this.keys.currentId();
	}

	/** Seals {@code plain} under the current key, bound to {@code context}. */
	public SealedValue seal(byte[] plain, String context) {
		String keyId = this.keys.currentId();
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, this.keys.key(keyId).orElseThrow(), nonce, context);
			byte[] sealed = ByteBuffer.allocate(NONCE_BYTES + cipher.getOutputSize(plain.length))
				.put(nonce)
				.put(cipher.doFinal(plain))
				.array();
			return new SealedValue(keyId, sealed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/** Seals a text as its UTF-8 bytes; null stays null. */
	public SealedValue sealText(String text, String context) {
		return text == null ? null : seal(text.getBytes(StandardCharsets.UTF_8), context);
	}

	/**
	 * Opens what {@link #seal} made under {@code keyId} for the same {@code context}. Every value is sealed (rows from
	 * before sealing were sealed by migration V23): a value without a key id was put into the database by hand, and is
	 * refused rather than served as genuine.
	 */
	public byte[] open(String keyId, byte[] sealed, String context) {
		if (sealed == null) {
			return null;
		}
		if (keyId == null) {
			throw new UnreadableSealException("A value of " + context
					+ " has no key id: it was not written by the application, and is not served.", null);
		}
		SecretKey key = this.keys.key(keyId)
			.orElseThrow(() -> new UnreadableSealException("A value is sealed under the key '" + keyId
					+ "', which APP_DATA_KEYS no longer holds: add it back, then rotate before removing it.", null));
		if (sealed.length < NONCE_BYTES) {
			throw new UnreadableSealException("A sealed value of " + context + " is truncated.", null);
		}
		try {
			byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
			return cipher(Cipher.DECRYPT_MODE, key, nonce, context).doFinal(sealed, NONCE_BYTES,
					sealed.length - NONCE_BYTES);
		}
		catch (AEADBadTagException ex) {
			throw new UnreadableSealException("A sealed value of " + context + " does not open under the key '" + keyId
					+ "': it was altered, moved from another row, or sealed with another key of that id.", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/** Opens a text stored as {@link SealedValue#text()}; a value without a key id is refused like {@link #open}. */
	public String openText(String keyId, String stored, String context) {
		if (stored == null) {
			return null;
		}
		if (keyId == null) {
			return new String(open(null, new byte[0], context), StandardCharsets.UTF_8);
		}
		byte[] sealed;
		try {
			sealed = Base64.getDecoder().decode(stored);
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableSealException("A sealed value of " + context + " is not Base64.", ex);
		}
		return new String(open(keyId, sealed, context), StandardCharsets.UTF_8);
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String context)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(CIPHER);
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

}
