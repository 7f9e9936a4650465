package sa.nonprofit.hail.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.session.web.http.DefaultCookieSerializer;

import sa.nonprofit.hail.system.Hmac;

/**
 * The staff session cookie carries the session id and a MAC of it (HMAC-SHA256 under a key derived from
 * {@code app.privacy.subject-hash-key}, which is never in the database). The database keeps the bare id: whoever can
 * read the session table, a replica or a dump cannot turn an id found there into a working cookie. A cookie without
 * the right MAC names no session, as an unknown id would.
 */
class SignedSessionCookies extends DefaultCookieSerializer {

	private static final char SEPARATOR = '.';

	private final SecretKeySpec key;

	SignedSessionCookies(String subjectHashKey) {
		this.key = Hmac.derived(subjectHashKey, "staff-session-cookies");
	}

	@Override
	public void writeCookieValue(CookieValue cookieValue) {
		String id = cookieValue.getCookieValue();
		if (id == null || id.isEmpty()) {
			super.writeCookieValue(cookieValue); // signing out: the cookie is cleared
			return;
		}
		CookieValue signed = new CookieValue(cookieValue.getRequest(), cookieValue.getResponse(),
				id + SEPARATOR + signature(id));
		signed.setCookieMaxAge(cookieValue.getCookieMaxAge());
		super.writeCookieValue(signed);
	}

	@Override
	public List<String> readCookieValues(HttpServletRequest request) {
		return super.readCookieValues(request).stream().map(this::verified).filter(Objects::nonNull).toList();
	}

	/** The session id of a cookie value whose MAC is right, else null. */
	private String verified(String value) {
		int separator = value.lastIndexOf(SEPARATOR);
		if (separator <= 0) {
			return null;
		}
		String id = value.substring(0, separator);
		byte[] given = value.substring(separator + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(given, signature(id).getBytes(StandardCharsets.US_ASCII)) ? id : null;
	}

	private String signature(String id) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Hmac.of(this.key, id));
	}

}
