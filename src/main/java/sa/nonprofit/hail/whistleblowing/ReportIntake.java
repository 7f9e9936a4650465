package sa.nonprofit.hail.whistleblowing;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.nonprofit.hail.system.SaudiIdentifiers;
import sa.nonprofit.hail.system.ApiProblem;
import sa.nonprofit.hail.system.CaseNumbers;

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
	public record ReportForm(String category, String description, String accusedRole, String contactMobile,
			String contactEmail) {
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

	ReportIntake(CaseNumbers numbers, RuntimeService runtime, ReporterAccessCodes codes, ReporterContacts contacts,
			JdbcTemplate jdbc, NewEvidence newEvidence) {
		this.numbers = numbers;
		this.runtime = runtime;
		this.codes = codes;
		this.contacts = contacts;
		this.jdbc = jdbc;
		this.newEvidence = newEvidence;
	}

	@Transactional
	public Receipt submit(ReportForm form, List<Attachment> attachments) {
		validate(form);
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
	public boolean addMessage(String reportNumber, String message) {
		String text = message == null ? "" : message.strip();
		if (text.isEmpty() || text.length() > MAX_MESSAGE) {
			throw ApiProblem.badRequest("اكتب رسالتك (٤٠٠٠ حرف على الأكثر)", "Write your message (at most 4000 characters)");
		}
		this.jdbc.update("INSERT INTO app_report_message (report_number, created_at, body) VALUES (?, ?, ?)",
				reportNumber, new Timestamp(ClockUtil.getCurrentTime().getTime()), text);
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

	public List<String> messages(String reportNumber) {
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
