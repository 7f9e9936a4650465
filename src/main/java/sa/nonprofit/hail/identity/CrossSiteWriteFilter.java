package sa.nonprofit.hail.identity;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import sa.nonprofit.hail.system.ProblemResponses;

/**
 * Refuses every write a page on another site could make a browser send to the staff APIs: a form, multipart or
 * text/plain body (or a body without a type), and any write whose {@code Origin} or {@code Sec-Fetch-Site} names another
 * site. Programs send JSON with their own credentials and pass; a forged request never reaches authentication. The one
 * exception is a document added to a case from the case page ({@link #isOwnPagesUpload}).
 */
class CrossSiteWriteFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	/** Content types a cross-site form or a "simple" fetch may send without asking the server first. */
	private static final Set<String> BROWSER_FORM_TYPES = Set.of("application/x-www-form-urlencoded",
			"multipart/form-data", "text/plain");

	/** The staff upload of a document to a case. */
	private static final Pattern CASE_UPLOAD = Pattern.compile("/api/cases/[^/]+/documents");

	/** Where the staff pages put the CSRF token (CookieCsrfTokenRepository's header). */
	private static final String CSRF_HEADER = "X-XSRF-TOKEN";

	private final Predicate<HttpServletRequest> guarded;

	/** @param guarded the requests this filter stands before */
	CrossSiteWriteFilter(Predicate<HttpServletRequest> guarded) {
		this.guarded = guarded;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.guarded.test(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SAFE_METHODS.contains(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		if (CrossSite.isFromAnotherSite(request)) {
			ProblemResponses.write(response, HttpStatus.FORBIDDEN, "طلب من موقع آخر: مرفوض",
					"A request from another site: refused");
			return;
		}
		if (hasBody(request) && isBrowserFormType(request.getContentType()) && !isOwnPagesUpload(request)) {
			ProblemResponses.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"هذه الواجهة تقبل JSON فقط (application/json)", "This API accepts JSON only (application/json)");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The one multipart write the staff API takes: a document added to a case ({@code POST /api/cases/{n}/documents}).
	 * A browser may send it only from our own pages, which it must show (same-origin {@code Sec-Fetch-Site} or our
	 * {@code Origin}), with the CSRF token in its header (checked by the CSRF filter); a program sends HTTP Basic
	 * credentials, which the Basic filter checks and which a foreign page cannot add. Foreign origins were refused above.
	 */
	static boolean isOwnPagesUpload(HttpServletRequest request) {
		String contentType = request.getContentType();
		boolean multipart = contentType != null
				&& contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
		if (!"POST".equals(request.getMethod()) || !multipart || !CASE_UPLOAD.matcher(RequestPaths.of(request)).matches()) {
			return false;
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return true;
		}
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		boolean shownOwnSite = "same-origin".equalsIgnoreCase(fetchSite) || request.getHeader("Origin") != null;
		return shownOwnSite && request.getHeader(CSRF_HEADER) != null;
	}

	static boolean isBrowserFormType(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return true;
		}
		String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return BROWSER_FORM_TYPES.contains(type) || type.startsWith("text/");
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null
				|| request.getContentType() != null;
	}

}
