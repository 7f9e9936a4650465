package sa.nonprofit.hail.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one place that shapes an error answer: {@code application/problem+json} with {@code messageAr} and
 * {@code messageEn}, whether it comes from a controller advice, a servlet filter or the container's error page. It also
 * carries {@code message}, both languages in one line: the field Camunda's Tasklist shows when the engine refuses.
 */
public final class ProblemResponses {

	/** A problem's two messages, Arabic first. */
	public record Message(String arabic, String english) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private ProblemResponses() {
	}

	public static ProblemDetail problem(HttpStatusCode status, String arabic, String english) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, arabic + " — " + english);
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
		problem.setProperty("messageAr", arabic);
		problem.setProperty("messageEn", english);
		problem.setProperty("message", arabic + " — " + english);
		return problem;
	}

	public static ResponseEntity<ProblemDetail> entity(HttpStatusCode status, String arabic, String english) {
		return entity(problem(status, arabic, english));
	}

	public static ResponseEntity<ProblemDetail> entity(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** For filters and handlers outside Spring MVC: writes the problem to the response and commits it. */
	public static void write(HttpServletResponse response, HttpStatusCode status, String arabic, String english)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		byte[] body = JSON.writeValueAsBytes(asMap(problem(status, arabic, english)));
		try {
			response.getOutputStream().write(body);
		}
		catch (IllegalStateException writerInUse) {
			// Whoever failed had taken the writer (a page), not the stream (Jersey's APIs): answer through the same one.
			response.getWriter().write(new String(body, java.nio.charset.StandardCharsets.UTF_8));
		}
		response.flushBuffer();
	}

	/** The problem as the JSON members Spring MVC writes for a {@link ProblemDetail}: properties at the top level. */
	public static Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

	/** What a status means to the person who sent the request, when nothing more specific is known. */
	public static Message standard(int status) {
		return switch (status) {
			case 400 -> new Message("الطلب غير صالح: تحقق من البيانات والعنوان", "The request is not valid: check the data and the address");
			case 401 -> new Message("يلزم تسجيل الدخول", "Sign-in is required");
			case 403 -> new Message("هذا الطلب غير مسموح", "This request is not allowed");
			case 404 -> new Message("لا يوجد شيء بهذا العنوان", "Nothing was found at this address");
			case 405 -> new Message("طريقة الطلب غير مسموحة لهذا العنوان", "This method is not allowed at this address");
			case 406 -> new Message("لا يمكن الرد بالصيغة المطلوبة", "The answer cannot be given in the requested format");
			case 413 -> new Message("الملف أو الطلب أكبر من المسموح (١٠ ميجابايت للملف)", "The file or the request is too large (10 MB per file)");
			case 415 -> new Message("نوع المحتوى غير مدعوم", "Unsupported content type");
			case 429 -> new Message("طلبات كثيرة، حاول بعد دقيقة", "Too many requests, try again in a minute");
			case 503 -> new Message("الخدمة غير متاحة مؤقتاً، حاول بعد قليل", "The service is briefly unavailable, try again shortly");
			default -> status >= 500 ? new Message("حدث خطأ غير متوقع، حاول لاحقاً", "Something went wrong, try again later")
					: new Message("تعذّر تنفيذ الطلب", "The request could not be carried out");
		};
	}

	public static ResponseEntity<ProblemDetail> standardEntity(HttpStatusCode status) {
		Message message = standard(status.value());
		return entity(status, message.arabic(), message.english());
	}

	public static void writeStandard(HttpServletResponse response, HttpStatusCode status) throws IOException {
		Message message = standard(status.value());
		write(response, status, message.arabic(), message.english());
	}

}
