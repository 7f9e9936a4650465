package sa.nonprofit.hail.portal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import sa.nonprofit.hail.beneficiary.RequestStatuses;
import sa.nonprofit.hail.beneficiary.SatisfactionSurveys;
import sa.nonprofit.hail.beneficiary.SupportRequestIntake;
import sa.nonprofit.hail.documents.Uploads;

/** The applicant's side of the support-request procedure (DESIGN.md, Public portal): ask, follow, answer the survey. */
@RestController
@RequestMapping("/api/public")
class SupportRequestApiController {

	private final SupportRequestIntake intake;

	private final RequestStatuses statuses;

	private final SatisfactionSurveys surveys;

	private final AccessGuard guard;

	private final Uploads uploads;

	SupportRequestApiController(SupportRequestIntake intake, RequestStatuses statuses, SatisfactionSurveys surveys,
			AccessGuard guard, Uploads uploads) {
		this.intake = intake;
		this.statuses = statuses;
		this.surveys = surveys;
		this.guard = guard;
		this.uploads = uploads;
	}

	record RequestReceipt(String requestNumber) {
	}

	record NationalIdCheck(String nationalId) {
	}

	record SurveyAnswer(Integer score, String comment) {
	}

	@Operation(summary = "New support request through the website channel, with documents (ID copy, medical report)")
	@PostMapping(path = "/support-requests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	RequestReceipt submitWithDocuments(@RequestParam(required = false) String applicantName,
			@RequestParam(required = false) String nationalId, @RequestParam(required = false) String mobile,
			@RequestParam(required = false) String email, @RequestParam(required = false) String supportType,
			@RequestParam(required = false) String requestDetails,
			@RequestParam(required = false) String declarationAccepted,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files) {
		SupportRequestIntake.SupportForm form = new SupportRequestIntake.SupportForm(applicantName, nationalId, mobile,
				email, supportType, requestDetails, accepted(declarationAccepted));
		return new RequestReceipt(this.intake.submit(form, this.uploads.inspect(files)));
	}

	@Operation(summary = "New support request through the website channel, without documents, as JSON")
	@PostMapping(path = "/support-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	RequestReceipt submit(@RequestBody SupportRequestIntake.SupportForm form) {
		return new RequestReceipt(this.intake.submit(form));
	}

	@Operation(summary = "A request's status for its applicant, who proves it is theirs with the national ID")
	@PostMapping("/support-requests/{requestNumber}/status")
	RequestStatuses.RequestStatus status(@PathVariable String requestNumber, @RequestBody NationalIdCheck check,
			HttpServletRequest request) {
		String client = request.getRemoteAddr();
		this.guard.requireNotThrottled(client, requestNumber);
		RequestStatuses.RequestStatus status = this.statuses.statusOf(requestNumber, check.nationalId()).orElse(null);
		if (status == null) {
			this.guard.fail(client, requestNumber);
		}
		this.guard.succeeded(client, requestNumber);
		return status;
	}

	@Operation(summary = "The applicant's satisfaction answer: score 1 to 5 and a comment")
	@PostMapping("/surveys/{token}")
	Map<String, Boolean> answerSurvey(@PathVariable String token, @RequestBody SurveyAnswer answer) {
		this.surveys.answer(token, answer.score(), answer.comment());
		return Map.of("accepted", true);
	}

	/** A checkbox sends "on"; a script may send "true". */
	private static boolean accepted(String value) {
		return "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
	}

}
