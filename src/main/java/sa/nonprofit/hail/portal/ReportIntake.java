package sa.nonprofit.hail.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.nonprofit.hail.beneficiary.SaudiIdentifiers;
import sa.nonprofit.hail.system.ApiProblem;
import sa.nonprofit.hail.system.CaseNumbers;
import sa.nonprofit.hail.whistleblowing.AccusedRole;
import sa.nonprofit.hail.whistleblowing.ReportCategory;
import sa.nonprofit.hail.whistleblowing.NewEvidence;
import sa.nonprofit.hail.whistleblowing.ReporterContacts;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * A report from the website: checked whole first, then started, with its access code, contact details and attachments,
 * in one transaction, so a failure leaves no half-started report and no orphan file. The process is started by no
 * user: no staff identity, and nothing about the reporter's connection is passed in.
 */
@Service
class ReportIntake {

	static final int MAX_DESCRIPTION = 8000;

	/** What the reporter wrote. */
	record ReportForm(String category, String description, String accusedRole, String contactMobile,
			String contactEmail) {
	}

	/** Shown to the reporter once: the number and the code are the acknowledgement. */
	record Receipt(String reportNumber, String accessCode) {
	}

	private final CaseNumbers numbers;

	private final RuntimeService runtime;

	private final AccessGuard access;

	private final ReporterContacts contacts;

	private final JdbcTemplate jdbc;

	private final NewEvidence newEvidence;

	private final Clock clock;

	ReportIntake(CaseNumbers numbers, RuntimeService runtime, AccessGuard access, ReporterContacts contacts,
			JdbcTemplate jdbc, NewEvidence newEvidence, Clock clock) {
		this.clock = clock;
		this.numbers = numbers;
		this.runtime = runtime;
		this.access = access;
		this.contacts = contacts;
		this.jdbc = jdbc;
		this.newEvidence = newEvidence;
	}

	@Transactional
	Receipt submit(ReportForm form, List<Attachment> attachments) {
		validate(form);
		String accused = form.accusedRole() == null || form.accusedRole().isBlank() ? AccusedRole.UNKNOWN.name()
				: form.accusedRole();
		String reportNumber = this.numbers.nextUnguessable(WhistleblowerProcess.NUMBER_PREFIX);
		String code = this.access.issueCode(reportNumber);
		this.contacts.save(reportNumber, form.contactMobile(), form.contactEmail());
		for (Attachment attachment : attachments) {
			this.jdbc.update("""
					INSERT INTO app_report_attachment (report_number, file_name, media_type, size_bytes, content)
					VALUES (?, ?, ?, ?, ?)""", reportNumber, attachment.fileName(), attachment.mediaType(),
					attachment.content().length, attachment.content());
		}
		this.numbers.startNumbered(reportNumber, number -> this.runtime.startProcessInstanceByKey(
				WhistleblowerProcess.PROCESS_ID, number,
				Map.of("channel", "WEBSITE", "category", form.category(), "accusedRole", accused, "description",
						form.description().strip(), "attachmentCount", attachments.size())));
		return new Receipt(reportNumber, code);
	}

	/**
	 * Information or new evidence from the reporter, kept for them and the auditors. On a report closed as unjustified
	 * it reopens the review; on a report still open it is shown in the auditors' forms.
	 * @return true when it reopened the report
	 */
	@Transactional
	boolean addMessage(String reportNumber, String text) {
		this.jdbc.update("INSERT INTO app_report_message (report_number, created_at, body) VALUES (?, ?, ?)",
				reportNumber, Timestamp.from(this.clock.instant()), text);
		if (this.newEvidence.submit(reportNumber, text)) {
			return true;
		}
		ProcessInstance open = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(WhistleblowerProcess.PROCESS_ID)
			.processInstanceBusinessKey(reportNumber)
			.singleResult();
		if (open != null) {
			this.runtime.setVariable(open.getId(), WhistleblowerProcess.Variables.NEW_EVIDENCE, text);
		}
		return false;
	}

	List<String> messages(String reportNumber) {
		return this.jdbc.queryForList("SELECT body FROM app_report_message WHERE report_number = ? ORDER BY id",
				String.class, reportNumber);
	}

	private static void validate(ReportForm form) {
		if (form.category() == null || Arrays.stream(ReportCategory.values()).noneMatch(category -> category.name().equals(form.category()))) {
			throw ApiProblem.badRequest("اختر نوع المخالفة", "Choose the kind of violation");
		}
		if (form.description() == null || form.description().isBlank()) {
			throw ApiProblem.badRequest("صف المخالفة", "Describe the violation");
		}
		if (form.description().length() > MAX_DESCRIPTION) {
			throw ApiProblem.badRequest("الوصف أطول من ٨٠٠٠ حرف", "The description is longer than 8000 characters");
		}
		if (form.accusedRole() != null && !form.accusedRole().isBlank()
				&& Arrays.stream(AccusedRole.values()).noneMatch(role -> role.name().equals(form.accusedRole()))) {
			throw ApiProblem.badRequest("صفة المبلَّغ عنه غير معروفة", "Unknown role of the person reported");
		}
		if (form.contactEmail() != null && !form.contactEmail().isBlank()
				&& !SaudiIdentifiers.isEmailAddress(form.contactEmail())) {
			throw ApiProblem.badRequest("البريد الإلكتروني غير صحيح أو أطول من ٢٠٠ حرف",
					"The e-mail address is invalid or longer than 200 characters");
		}
		if (form.contactMobile() != null && !form.contactMobile().isBlank()
				&& SaudiIdentifiers.normaliseMobile(form.contactMobile()).isEmpty()) {
			throw ApiProblem.badRequest("رقم الجوال غير صحيح", "The mobile number is invalid");
		}
	}

}
