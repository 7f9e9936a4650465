package sa.nonprofit.hail.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes {@code application/problem+json} with the reason in Arabic and English from places outside Spring MVC
 * (security filters, the engine gateway). Also carries {@code message}, the field Camunda's Tasklist shows.
 */
public final class ProblemResponses {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ProblemResponses() {
	}

	/** The problem document for a refusal, as {@link ApiProblemHandler} builds it for controllers. */
	public static ProblemDetail problem(HttpStatus status, String arabic, String english) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, arabic + " — " + english);
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("messageAr", arabic);
		problem.setProperty("messageEn", english);
		problem.setProperty("message", arabic + " — " + english);
		return problem;
	}

	public static void write(HttpServletResponse response, HttpStatus status, String arabic, String english)
			throws IOException {
		write(response, status, arabic, english, Map.of());
	}

	public static void write(HttpServletResponse response, HttpStatus status, String arabic, String english,
			Map<String, Object> properties) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		ProblemDetail problem = problem(status, arabic, english);
		properties.forEach(problem::setProperty);
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.putAll(problem.getProperties());
		JSON.writeValue(response.getWriter(), body);
	}

}
