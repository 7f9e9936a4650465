package sa.nonprofit.hail.identity;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a browser sent a request on another site's behalf: its {@code Sec-Fetch-Site} names another site, or, for
 * browsers without Fetch Metadata, its {@code Origin} is not this host. The one test for the guards of writes
 * ({@link CrossSiteWriteFilter}) and of case reads.
 */
public final class CrossSite {

	/** Our own pages, and an address the person typed or a bookmark or a link in an e-mail. */
	private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

	private CrossSite() {
	}

	public static boolean isFromAnotherSite(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		return (fetchSite != null && !OWN_SITE.contains(fetchSite.strip().toLowerCase(Locale.ROOT)))
				|| !isOwnOrigin(request.getHeader("Origin"), request);
	}

	/** No Origin (a program, or a same-origin GET) passes; "null" and other hosts do not. */
	static boolean isOwnOrigin(String origin, HttpServletRequest request) {
		if (origin == null) {
			return true;
		}
		try {
			URI uri = URI.create(origin.strip());
			String host = request.getHeader("Host");
			String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
			return uri.getHost() != null && host != null && host.equalsIgnoreCase(originHost);
		}
		catch (IllegalArgumentException malformed) {
			return false;
		}
	}

}
