package sa.nonprofit.hail.portal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import sa.nonprofit.hail.beneficiary.ApplicationValidator;
import sa.nonprofit.hail.beneficiary.SatisfactionSurveys;
import sa.nonprofit.hail.system.ApiProblem;
import sa.nonprofit.hail.system.OrganizationProperties;
import sa.nonprofit.hail.system.ProblemResponses;
import sa.nonprofit.hail.whistleblowing.ReporterView;

/** The public JSON API behind the portal pages (DESIGN.md, Public portal). No login; CSRF token from /csrf. */
@RestController
@RequestMapping("/api/public")
class PortalApiController {

	static final int MAX_MESSAGE = 4000;

	private final SupportRequestIntake supportRequests;

	private final RequestStatusService requestStatus;

	private final ReportIntake reports;

	private final AttachmentInspector attachments;

	private final AccessGuard guard;

	private final ReporterView reporterView;

	private final SatisfactionSurveys surveys;

	private final OrganizationProperties organization;

	PortalApiController(SupportRequestIntake supportRequests, RequestStatusService requestStatus, ReportIntake reports,
			AttachmentInspector attachments, AccessGuard guard, ReporterView reporterView, SatisfactionSurveys surveys,
			OrganizationProperties organization) {
		this.supportRequests = supportRequests;
		this.requestStatus = requestStatus;
		this.reports = reports;
		this.attachments = attachments;
		this.guard = guard;
		this.reporterView = reporterView;
		this.surveys = surveys;
		this.organization = organization;
	}

	record RequestReceipt(String requestNumber) {
	}

	record NationalIdCheck(String nationalId) {
	}

	record AccessCodeCheck(String accessCode) {
	}

	record ReporterMessage(String accessCode, String text) {
	}

	record SurveyAnswer(Integer score, String comment) {
	}

	record ReportStatus(String reportNumber, String stage, String stageAr, String stageEn, String feedback,
			List<String> yourMessages) {
	}

	@Operation(summary = "The CSRF token the portal pages send back as X-XSRF-TOKEN (also set as the XSRF-TOKEN cookie)")
	@GetMapping("/csrf")
	Map<String, String> csrf(CsrfToken token) {
		return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
	}

	@Operation(summary = "The association's name and licence, for the pages")
	@GetMapping("/organization")
	OrganizationProperties organization() {
		return this.organization;
	}

	@Operation(summary = "New support request through the website channel")
	@PostMapping(path = "/support-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	RequestReceipt submitSupportRequest(@RequestBody SupportRequestIntake.SupportForm form) {
		return new RequestReceipt(this.supportRequests.submit(form));
	}

	@Operation(summary = "New report of a violation, anonymous unless contact details are given; attachments optional")
	@PostMapping(path = "/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ReportIntake.Receipt submitReport(@RequestParam(required = false) String category,
			@RequestParam(required = false) String description, @RequestParam(required = false) String accusedRole,
			@RequestParam(required = false) String contactMobile, @RequestParam(required = false) String contactEmail,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files) {
		ReportIntake.ReportForm form = new ReportIntake.ReportForm(category, description, accusedRole, contactMobile,
				contactEmail);
		return this.reports.submit(form, this.attachments.inspect(files));
	}

	@Operation(summary = "New report without attachments, as JSON")
	@PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ReportIntake.Receipt submitReportJson(@RequestBody ReportIntake.ReportForm form) {
		return this.reports.submit(form, List.of());
	}

	@Operation(summary = "A request's status for its applicant, who proves it is theirs with the national ID")
	@PostMapping("/support-requests/{requestNumber}/status")
	RequestStatusService.RequestStatus requestStatus(@PathVariable String requestNumber,
			@RequestBody NationalIdCheck check, HttpServletRequest request) {
		return this.requestStatus.statusOf(request.getRemoteAddr(), requestNumber, check.nationalId());
	}

	@Operation(summary = "A report's status and the feedback meant for the reporter, with the access code")
	@PostMapping("/reports/{reportNumber}/status")
	ReportStatus reportStatus(@PathVariable String reportNumber, @RequestBody AccessCodeCheck check,
			HttpServletRequest request) {
		this.guard.requireCode(request.getRemoteAddr(), reportNumber, check.accessCode());
		ReporterView.ReporterStatus status = this.reporterView.statusOf(reportNumber).orElseThrow(AccessGuard::refusal);
		return new ReportStatus(reportNumber, status.stage().name(), status.stageAr(), status.stageEn(),
				status.feedback(), this.reports.messages(reportNumber));
	}

	@Operation(summary = "More information or new evidence from the reporter; reopens a report closed as unjustified")
	@PostMapping("/reports/{reportNumber}/messages")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Boolean> addMessage(@PathVariable String reportNumber, @RequestBody ReporterMessage message,
			HttpServletRequest request) {
		this.guard.requireCode(request.getRemoteAddr(), reportNumber, message.accessCode());
		String text = message.text() == null ? "" : message.text().strip();
		if (text.isEmpty() || text.length() > MAX_MESSAGE) {
			throw ApiProblem.badRequest("اكتب رسالتك (٤٠٠٠ حرف على الأكثر)", "Write your message (at most 4000 characters)");
		}
		return Map.of("accepted", true, "reopened", this.reports.addMessage(reportNumber, text));
	}

	@Operation(summary = "The applicant's satisfaction answer: score 1 to 5 and a comment")
	@PostMapping("/surveys/{token}")
	Map<String, Boolean> answerSurvey(@PathVariable String token, @RequestBody SurveyAnswer answer) {
		this.surveys.answer(token, answer.score(), answer.comment());
		return Map.of("accepted", true);
	}

	@ExceptionHandler(SupportRequestIntake.InvalidSubmission.class)
	ResponseEntity<ProblemDetail> invalid(SupportRequestIntake.InvalidSubmission invalid) {
		ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST,
				String.join("\n", invalid.problems().stream().map(ApplicationValidator.Problem::arabic).toList()),
				String.join("\n", invalid.problems().stream().map(ApplicationValidator.Problem::english).toList()));
		problem.setProperty("errors", invalid.problems());
		return ProblemResponses.entity(problem);
	}

}
