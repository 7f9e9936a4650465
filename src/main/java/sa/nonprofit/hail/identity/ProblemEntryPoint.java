package sa.nonprofit.hail.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import sa.nonprofit.hail.system.ProblemResponses;

/**
 * 401 and 403 as problem+json. The 401 deliberately carries no {@code WWW-Authenticate: Basic} challenge: a browser that
 * saw one would prompt, remember the credentials and send them with any request another site makes it send.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
			throws IOException {
		ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
				"سجّل الدخول أولاً (حساب الموظف في Camunda)", "Sign in first (your Camunda staff account)");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		if (denied instanceof CsrfException) {
			ProblemResponses.write(response, HttpStatus.FORBIDDEN,
					"رمز حماية الصفحة مفقود أو منتهٍ: أعد تحميل الصفحة ثم حاول مجددًا",
					"The page's security token is missing or expired: reload the page and try again");
			return;
		}
		// A staff page (/kpi/, /admin/holidays.html) opened without the right gets the Arabic error page, not JSON.
		if (!SecurityConfiguration.isApi(request)) {
			response.sendError(HttpStatus.FORBIDDEN.value());
			return;
		}
		ProblemResponses.write(response, HttpStatus.FORBIDDEN, "ليست لديك صلاحية لهذا الطلب",
				"You are not allowed to make this request");
	}

}
