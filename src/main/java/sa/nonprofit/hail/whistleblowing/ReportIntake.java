package sa.nonprofit.hail.whistleblowing;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.documents.Document;
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

	private final CaseDocuments documents;

	private final InputValidation validation;

	ReportIntake(CaseNumbers numbers, RuntimeService runtime, ReporterAccessCodes codes, ReporterContacts contacts,
			CaseDocuments documents, InputValidation validation) {
		this.numbers = numbers;
		this.runtime = runtime;
		this.codes = codes;
		this.contacts = contacts;
		this.documents = documents;
		this.validation = validation;
	}

	@Transactional
	public Receipt submit(ReportForm form, List<Document> attachments) {
		this.validation.require(form);
		String accused = form.accusedRole() == null || form.accusedRole().isBlank() ? AccusedRole.UNKNOWN.name()
				: form.accusedRole();
		String reportNumber = this.numbers.nextUnguessable(WhistleblowerProcess.NUMBER_PREFIX);
		String code = this.codes.issue(reportNumber);
		this.contacts.save(reportNumber, form.contactMobile(), form.contactEmail());
		for (Document attachment : attachments) {
			this.documents.add(reportNumber, attachment, null);
		}
		this.numbers.startNumbered(reportNumber, number -> this.runtime.startProcessInstanceByKey(
				WhistleblowerProcess.PROCESS_ID, number,
				Map.of(Variables.CHANNEL, WhistleblowerProcess.Channel.WEBSITE.name(), Variables.CATEGORY,
						form.category(), Variables.ACCUSED_ROLE, accused, Variables.DESCRIPTION,
						form.description().strip(), Variables.ATTACHMENT_COUNT, attachments.size())));
		return new Receipt(reportNumber, code);
	}

}
