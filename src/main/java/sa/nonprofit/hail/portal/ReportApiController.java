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

import sa.nonprofit.hail.calendar.ProgressStep;
import sa.nonprofit.hail.documents.Document;
import sa.nonprofit.hail.documents.Uploads;
import sa.nonprofit.hail.whistleblowing.ReportIntake;
import sa.nonprofit.hail.whistleblowing.ReporterThread;
import sa.nonprofit.hail.whistleblowing.ReporterView;

/** The reporter's side of the whistleblowing procedure (DESIGN.md, Public portal): report, follow, add to a report. */
@RestController
@RequestMapping("/api/public/reports")
class ReportApiController {

	private final ReportIntake reports;

	private final ReporterThread thread;

	private final ReporterView reporterView;

	private final Uploads attachments;

	private final AccessGuard guard;

	ReportApiController(ReportIntake reports, ReporterThread thread, ReporterView reporterView, Uploads attachments,
			AccessGuard guard) {
		this.reports = reports;
		this.thread = thread;
		this.reporterView = reporterView;
		this.attachments = attachments;
		this.guard = guard;
	}

	record AccessCodeCheck(String accessCode) {
	}

	record ReporterMessage(String accessCode, String text) {
	}

	/**
	 * {@code yourMessages} stays for clients written before the thread: the reporter's own messages, oldest first.
	 * {@code steps} and {@code next} are the dated stepper of the tracking page.
	 */
	record ReportStatus(String reportNumber, String stage, String stageAr, String stageEn, String feedback,
			List<String> yourMessages, List<ReporterView.ThreadEntry> thread, List<ProgressStep> steps,
			ProgressStep.Next next) {
	}

	@Operation(summary = "New report of a violation, anonymous unless contact details are given; attachments optional")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ReportIntake.Receipt submit(@RequestParam(required = false) String category,
			@RequestParam(required = false) String description, @RequestParam(required = false) String accusedRole,
			@RequestParam(required = false) String contactMobile, @RequestParam(required = false) String contactEmail,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files) {
		ReportIntake.ReportForm form = new ReportIntake.ReportForm(category, description, accusedRole, contactMobile,
				contactEmail);
		return this.reports.submit(form, this.attachments.inspect(files));
	}

	@Operation(summary = "New report without attachments, as JSON")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ReportIntake.Receipt submitJson(@RequestBody ReportIntake.ReportForm form) {
		return this.reports.submit(form, List.of());
	}

	@Operation(summary = "A report's status and the feedback meant for the reporter, with the access code")
	@PostMapping("/{reportNumber}/status")
	ReportStatus status(@PathVariable String reportNumber, @RequestBody AccessCodeCheck check,
			HttpServletRequest request) {
		this.guard.requireCode(request.getRemoteAddr(), reportNumber, check.accessCode());
		ReporterView.ReporterStatus status = this.reporterView.statusOf(reportNumber).orElseThrow(AccessGuard::refusal);
		return new ReportStatus(reportNumber, status.stage().name(), status.stageAr(), status.stageEn(),
				status.feedback(), status.thread().stream()
					.filter(entry -> entry.from() == ReporterView.From.REPORTER).map(ReporterView.ThreadEntry::text)
					.toList(), status.thread(), status.steps(), status.next());
	}

	@Operation(summary = "The reporter's answer with files: information or new evidence; reopens a report closed as unjustified")
	@PostMapping(path = "/{reportNumber}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> addMessageWithFiles(@PathVariable String reportNumber,
			@RequestParam(required = false) String accessCode, @RequestParam(required = false) String text,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files,
			HttpServletRequest request) {
		this.guard.requireCode(request.getRemoteAddr(), reportNumber, accessCode);
		List<Document> documents = this.attachments.inspect(files);
		return Map.of("accepted", true, "reopened", this.thread.fromReporter(reportNumber, text, documents),
				"attachments", documents.size());
	}

	@Operation(summary = "More information or new evidence from the reporter, as JSON; reopens a report closed as unjustified")
	@PostMapping(path = "/{reportNumber}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Boolean> addMessage(@PathVariable String reportNumber, @RequestBody ReporterMessage message,
			HttpServletRequest request) {
		this.guard.requireCode(request.getRemoteAddr(), reportNumber, message.accessCode());
		return Map.of("accepted", true, "reopened", this.thread.fromReporter(reportNumber, message.text()));
	}

}
