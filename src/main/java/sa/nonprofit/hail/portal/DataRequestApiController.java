package sa.nonprofit.hail.portal;

import java.time.Clock;

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
import org.springframework.web.servlet.ModelAndView;

import sa.nonprofit.hail.calendar.HijriDates;
import sa.nonprofit.hail.privacy.DataRequestAccessCodes;
import sa.nonprofit.hail.privacy.DataRequestForm;
import sa.nonprofit.hail.privacy.DataRequestIntake;
import sa.nonprofit.hail.privacy.DataRequestStatuses;
import sa.nonprofit.hail.privacy.SubjectFile;
import sa.nonprofit.hail.system.OrganizationProperties;

/**
 * A person's requests about their personal data (DESIGN.md, Personal data): file one, follow it with its tracking code,
 * and, once identity was verified and an access or copy request carried out, read the data as JSON or as a printable
 * Arabic page. Every code check goes through the same throttle as a report's.
 */
@RestController
@RequestMapping("/api/public/data-requests")
class DataRequestApiController {

	private final DataRequestIntake intake;

	private final DataRequestStatuses statuses;

	private final DataRequestAccessCodes codes;

	private final AccessGuard guard;

	private final OrganizationProperties organization;

	/** Only its zone: the day the file was gathered, in the association's zone. */
	private final Clock clock;

	DataRequestApiController(DataRequestIntake intake, DataRequestStatuses statuses, DataRequestAccessCodes codes,
			AccessGuard guard, OrganizationProperties organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
		this.intake = intake;
		this.statuses = statuses;
		this.codes = codes;
		this.guard = guard;
	}

	record AccessCodeCheck(String accessCode) {
	}

	@Operation(summary = "New request about one's personal data: access, copy, correction or destruction")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	DataRequestIntake.Receipt submit(@RequestBody DataRequestForm form) {
		return this.intake.submit(form);
	}

	@Operation(summary = "A data request's stage, dates and due date, with its tracking code")
	@PostMapping("/{requestNumber}/status")
	DataRequestStatuses.DataRequestStatus status(@PathVariable String requestNumber,
			@RequestBody AccessCodeCheck check, HttpServletRequest request) {
		this.guard.requireCode(request.getRemoteAddr(), requestNumber, check.accessCode(), this.codes::matches);
		return this.statuses.statusOf(requestNumber).orElseThrow(AccessGuard::refusal);
	}

	@Operation(summary = "Everything held about the requester, once an access or copy request was carried out (JSON)")
	@PostMapping(path = "/{requestNumber}/export", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	SubjectFile export(@PathVariable String requestNumber, @RequestBody AccessCodeCheck check,
			HttpServletRequest request) {
		this.guard.requireCode(request.getRemoteAddr(), requestNumber, check.accessCode(), this.codes::matches);
		return this.statuses.exportOf(requestNumber);
	}

	@Operation(summary = "The same as a printable Arabic page (Accept: text/html)")
	@PostMapping(path = "/{requestNumber}/export", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView exportPage(@PathVariable String requestNumber, @RequestBody AccessCodeCheck check,
			HttpServletRequest request) {
		return page(requestNumber, check.accessCode(), request);
	}

	/** The tracking page's print button: a form posted to a new tab, the code in the body, never in the address. */
	@PostMapping(path = "/{requestNumber}/export", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView exportForm(@PathVariable String requestNumber, @RequestParam(required = false) String accessCode,
			HttpServletRequest request) {
		return page(requestNumber, accessCode, request);
	}

	private ModelAndView page(String requestNumber, String accessCode, HttpServletRequest request) {
		this.guard.requireCode(request.getRemoteAddr(), requestNumber, accessCode, this.codes::matches);
		ModelAndView page = new ModelAndView("privacy/export");
		SubjectFile file = this.statuses.exportOf(requestNumber);
		page.addObject("file", file);
		page.addObject("gatheredOn", HijriDates.format(file.gatheredAt().atZone(this.clock.getZone()).toLocalDate()));
		page.addObject("number", requestNumber);
		page.addObject("organization", this.organization);
		return page;
	}

}
