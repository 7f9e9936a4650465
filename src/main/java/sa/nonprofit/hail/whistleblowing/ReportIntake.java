package sa.nonprofit.hail.whistleblowing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.system.CaseNumbers;
import sa.nonprofit.hail.system.EmailAddress;
import sa.nonprofit.hail.system.InputValidation;
import sa.nonprofit.hail.system.OneOf;
import sa.nonprofit.hail.system.SaudiMobile;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/**
 * A report from the website: checked whole first, then started, with its access code, contact details and attachments,
 * in one transaction, so a failure leaves no half-started report and no orphan file. The process is started by no
 * user: no staff identity, and nothing about the reporter's connection is passed in.
 */
@Service
public class ReportIntake {

	public static final int MAX_DESCRIPTION = 8000;

	public static final int MAX_MESSAGE = 4000;

	/** What the reporter wrote. */
	public record ReportForm(
			@NotBlank(message = "{report.category.invalid}")
			@OneOf(value = ReportCategory.class, message = "{report.category.invalid}") String category,
			@NotBlank(message = "{report.description.required}")
			@Size(max = MAX_DESCRIPTION, message = "{report.description.tooLong}") String description,
			@OneOf(value = AccusedRole.class, message = "{report.accusedRole.invalid}") String accusedRole,
			@SaudiMobile String contactMobile, @EmailAddress String contactEmail) {
	}

	/** Shown to the reporter once: the number and the code are the acknowledgement. */
	public record Receipt(String reportNumber, String accessCode) {
	}

	private final CaseNumbers numbers;

	private final RuntimeService runtime;

	private final ReporterAccessCodes codes;

	private final ReporterContacts contacts;

	private final JdbcTemplate jdbc;

	private final NewEvidence newEvidence;

	private final InputValidation validation;

	private final Clock clock;

	ReportIntake(CaseNumbers numbers, RuntimeService runtime, ReporterAccessCodes codes, ReporterContacts contacts,
			JdbcTemplate jdbc, NewEvidence newEvidence, InputValidation validation, Clock clock) {
		this.clock = clock;
		this.numbers = numbers;
		this.runtime = runtime;
		this.codes = codes;
		this.contacts = contacts;
		this.jdbc = jdbc;
		this.newEvidence = newEvidence;
		this.validation = validation;
	}

	@Transactional
	public Receipt submit(ReportForm form, List<Attachment> attachments) {
		this.validation.require(form);
		String accused = form.accusedRole() == null || form.accusedRole().isBlank() ? AccusedRole.UNKNOWN.name()
				: form.accusedRole();
		String reportNumber = this.numbers.nextUnguessable(WhistleblowerProcess.NUMBER_PREFIX);
		String code = this.codes.issue(reportNumber);
		this.contacts.save(reportNumber, form.contactMobile(), form.contactEmail());
		for (Attachment attachment : attachments) {
			this.jdbc.update("""
					INSERT INTO app_report_attachment (report_number, file_name, media_type, size_bytes, content)
					VALUES (?, ?, ?, ?, ?)""", reportNumber, attachment.fileName(), attachment.mediaType(),
					attachment.content().length, attachment.content());
		}
		this.numbers.startNumbered(reportNumber, number -> this.runtime.startProcessInstanceByKey(
				WhistleblowerProcess.PROCESS_ID, number,
				Map.of(Variables.CHANNEL, WhistleblowerProcess.Channel.WEBSITE.name(), Variables.CATEGORY,
						form.category(), Variables.ACCUSED_ROLE, accused, Variables.DESCRIPTION,
						form.description().strip(), Variables.ATTACHMENT_COUNT, attachments.size())));
		return new Receipt(reportNumber, code);
	}

	/**
	 * Information or new evidence from the reporter, kept for them and the auditors. On a report closed as unjustified
	 * it reopens the review; on a report still open it is shown in the auditors' forms.
	 * @return true when it reopened the report
	 */
	@Transactional
	public boolean addMessage(String reportNumber, String message) {
		String text = message == null ? "" : message.strip();
		if (text.isEmpty() || text.length() > MAX_MESSAGE) {
			throw Refusal.invalid("اكتب رسالتك (٤٠٠٠ حرف على الأكثر)", "Write your message (at most 4000 characters)");
		}
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
			this.runtime.setVariable(open.getId(), Variables.NEW_EVIDENCE, text);
		}
		return false;
	}

	public List<String> messages(String reportNumber) {
		return this.jdbc.queryForList("SELECT body FROM app_report_message WHERE report_number = ? ORDER BY id",
				String.class, reportNumber);
	}

}
