package sa.nonprofit.hail.system;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error page: under {@code /api/}, errors the container or a security filter raise there (unknown path, wrong
 * method, missing CSRF token, an uncaught failure) come out as problem+json in Arabic and English; everywhere else (the
 * portal, the staff pages, Camunda's webapps refusing an app) an Arabic page in the site's layout, English beside it,
 * with a way home. Neither ever shows a stack trace or the exception's message.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrorController extends BasicErrorController {

	private final OrganizationProperties organization;

	ApiErrorController(ErrorAttributes errorAttributes, ServerProperties server, List<ErrorViewResolver> resolvers,
			OrganizationProperties organization) {
		super(errorAttributes, server.getError(), resolvers);
		this.organization = organization;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		String path = originalPath(request);
		if (!isApi(path)) {
			return super.error(request);
		}
		HttpStatus status = getStatus(request);
		ProblemResponses.Message message = messageFor(path, status);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemResponses.asMap(ProblemResponses.problem(status, message.arabic(), message.english())));
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		String path = originalPath(request);
		if (!isApi(path)) {
			HttpStatus status = getStatus(request);
			response.setStatus(status.value());
			return new ModelAndView("error/page", Map.of("organization", this.organization, "status", status.value(),
					"text", ErrorPageText.of(status)), status);
		}
		HttpStatus status = getStatus(request);
		ProblemResponses.Message message = messageFor(path, status);
		try {
			ProblemResponses.write(response, status, message.arabic(), message.english());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return null;
	}

	/**
	 * Everything under /api/public/ is open to all, so a 403 there can only be the CSRF check: the page is stale.
	 */
	private static ProblemResponses.Message messageFor(String path, HttpStatus status) {
		if (status == HttpStatus.FORBIDDEN && path.startsWith("/api/public/")) {
			return new ProblemResponses.Message("انتهت صلاحية الصفحة أو نقصها رمز الحماية: حدّث الصفحة ثم أعد الإرسال",
					"The page's security token is missing or expired: reload the page and send again");
		}
		return ProblemResponses.standard(status.value());
	}

	private static String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri == null ? "" : uri.toString();
	}

	private static boolean isApi(String path) {
		return path.startsWith("/api/");
	}

}
