package sa.nonprofit.hail.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every refused API request answers {@code application/problem+json} with its reason in Arabic and English. */
@RestControllerAdvice
class ApiProblemHandler {

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> problem(ApiProblem problem) {
		return respond(problem.status(), problem.arabic(), problem.english());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return respond(HttpStatus.BAD_REQUEST, "قيمة غير صالحة للحقل «" + ex.getName() + "»",
				"Invalid value for '" + ex.getName() + "'");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex) {
		return respond(HttpStatus.BAD_REQUEST, "الحقل «" + ex.getParameterName() + "» مطلوب",
				"'" + ex.getParameterName() + "' is required");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return respond(HttpStatus.BAD_REQUEST, "تعذّرت قراءة الطلب: تحقق من صيغة البيانات والتواريخ (YYYY-MM-DD)",
				"The request body could not be read: check the JSON and the dates (YYYY-MM-DD)");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "نوع المحتوى غير مدعوم", "Unsupported content type");
	}

	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException ex) {
		return respond(HttpStatus.PAYLOAD_TOO_LARGE, "الملف أو الطلب أكبر من المسموح (١٠ ميجابايت للملف)",
				"The file or the request is too large (10 MB per file)");
	}

	static ResponseEntity<ProblemDetail> respond(HttpStatusCode status, String arabic, String english) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, arabic + " — " + english);
		problem.setTitle(HttpStatus.valueOf(status.value()).getReasonPhrase());
		problem.setProperty("messageAr", arabic);
		problem.setProperty("messageEn", english);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
