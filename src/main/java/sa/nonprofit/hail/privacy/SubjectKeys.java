package sa.nonprofit.hail.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.SaudiIdentifiers;

/**
 * A keyed hash (HMAC-SHA256) of a national ID: what is kept of a person after erasure, so that a later request of the
 * same person can be linked to the earlier ones without the ID itself being kept anywhere.
 */
@Component
public class SubjectKeys {

	private final SecretKeySpec key;

	SubjectKeys(PrivacyProperties properties) {
		this.key = new SecretKeySpec(properties.subjectHashKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** The hash of the ID as a person may write it (Arabic-Indic digits and spaces are normalised first). */
	public String of(String nationalId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] id = SaudiIdentifiers.normaliseDigits(nationalId).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(mac.doFinal(id));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
