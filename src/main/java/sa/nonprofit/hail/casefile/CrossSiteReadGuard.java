package sa.nonprofit.hail.casefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import sa.nonprofit.hail.identity.CrossSite;
import sa.nonprofit.hail.identity.RequestPaths;
import sa.nonprofit.hail.system.ProblemResponses;

/**
 * A case is opened from our own pages or typed in, never on another site's say-so. The session cookie is
 * {@code SameSite=Lax}, so a foreign page can still navigate a signed-in member of staff to a case or a document: that
 * would record a view in their name and drop a file in their downloads. Requests whose {@code Sec-Fetch-Site} names
 * another site are refused before anything is read or recorded; {@code same-origin} and {@code none} (a typed
 * address, a bookmark, a link in an e-mail) pass.
 */
@Component
class CrossSiteReadGuard extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// decoded, as Spring MVC matches it: /%63ases/N is /cases/N
		String path = RequestPaths.of(request);
		return !path.startsWith("/cases/") && !path.startsWith("/api/cases/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!CrossSite.isFromAnotherSite(request)) {
			chain.doFilter(request, response);
			return;
		}
		String arabic = "يُفتح ملف الحالة من صفحات الجمعية نفسها: افتحه من Tasklist";
		String english = "A case file opens from the association's own pages: open it from Tasklist";
		if (RequestPaths.of(request).startsWith("/api/")) {
			ProblemResponses.write(response, HttpStatus.FORBIDDEN, arabic, english);
			return;
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>"
				+ "ملف الحالة</title></head><body><p>" + arabic + "</p><p lang=\"en\" dir=\"ltr\">" + english
				+ "</p></body></html>");
	}

}
