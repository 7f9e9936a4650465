package sa.nonprofit.hail.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every refused API request answers {@code application/problem+json} with its reason in Arabic and English (shaped by
 * {@link ProblemResponses}). What is not handled here reaches the container's error page, {@link ApiErrorController}.
 */
@RestControllerAdvice
class ApiProblemHandler {

	@ExceptionHandler(Refusal.class)
	ResponseEntity<ProblemDetail> refused(Refusal refusal) {
		return ProblemResponses.entity(refusal.reason().status(), refusal.arabic(), refusal.english());
	}

	/** Every problem of what was sent, named by field, in one answer. */
	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInput invalid) {
		ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST,
				String.join("\n", invalid.problems().stream().map(FieldProblem::arabic).toList()),
				String.join("\n", invalid.problems().stream().map(FieldProblem::english).toList()));
		problem.setProperty("errors", invalid.problems());
		return ProblemResponses.entity(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return ProblemResponses.entity(HttpStatus.BAD_REQUEST, "قيمة غير صالحة للحقل «" + ex.getName() + "»",
				"Invalid value for '" + ex.getName() + "'");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex) {
		return ProblemResponses.entity(HttpStatus.BAD_REQUEST, "الحقل «" + ex.getParameterName() + "» مطلوب",
				"'" + ex.getParameterName() + "' is required");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return ProblemResponses.entity(HttpStatus.BAD_REQUEST,
				"تعذّرت قراءة الطلب: تحقق من صيغة البيانات والتواريخ (YYYY-MM-DD)",
				"The request body could not be read: check the JSON and the dates (YYYY-MM-DD)");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return ProblemResponses.standardEntity(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return ProblemResponses.standardEntity(HttpStatus.PAYLOAD_TOO_LARGE);
	}

	/** A multipart body Tomcat cannot take apart: no boundary, a control character in a file name, a cut body. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> brokenMultipart(MultipartException ex) {
		return ProblemResponses.entity(HttpStatus.BAD_REQUEST,
				"تعذّرت قراءة النموذج أو الملفات المرفقة: أعد الإرسال من الصفحة",
				"The form or its attached files could not be read: send it again from the page");
	}

}
