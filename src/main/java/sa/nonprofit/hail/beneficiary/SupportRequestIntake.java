package sa.nonprofit.hail.beneficiary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.documents.Document;
import sa.nonprofit.hail.system.CaseNumbers;
import sa.nonprofit.hail.system.FieldProblem;
import sa.nonprofit.hail.system.InvalidInput;

/**
 * A support request from the website: checked whole before anything starts ({@link InvalidInput} names every
 * problem), then started with channel WEBSITE, its documents kept under the request number in the same transaction,
 * so a refusal leaves neither a half-started request nor an orphan file.
 */
@Service
public class SupportRequestIntake {

	/** What the applicant typed, with the declaration of policy §7. */
	public record SupportForm(String applicantName, String nationalId, String mobile, String email, String supportType,
			String requestDetails, Boolean declarationAccepted) {
	}

	private final ApplicationValidator validator;

	private final CaseNumbers numbers;

	private final RuntimeService runtime;

	private final CaseDocuments documents;

	SupportRequestIntake(ApplicationValidator validator, CaseNumbers numbers, RuntimeService runtime,
			CaseDocuments documents) {
		this.validator = validator;
		this.numbers = numbers;
		this.runtime = runtime;
		this.documents = documents;
	}

	/** A request without documents (the JSON API). */
	@Transactional
	public String submit(SupportForm form) {
		return submit(form, List.of());
	}

	/** A request with the documents the applicant attached, already checked by their content. */
	@Transactional
	public String submit(SupportForm form, List<Document> attachments) {
		ApplicationValidator.Result result = this.validator.validate(new Application(form.applicantName(),
				form.nationalId(), form.mobile(), form.email(), Channel.WEBSITE.name(), form.supportType(), form.requestDetails()));
		// Every problem at once, the declaration's with the others: nobody fixes the form twice.
		List<FieldProblem> problems = new ArrayList<>(result.problems());
		if (!Boolean.TRUE.equals(form.declarationAccepted())) {
			problems.add(new FieldProblem("declarationAccepted",
					"ضع علامة على الإقرار بصحة بياناتك قبل الإرسال",
					"Tick the declaration that your data is correct before sending"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		String requestNumber = this.numbers.next(BeneficiaryProcess.NUMBER_PREFIX);
		Map<String, Object> variables = new java.util.HashMap<>(Map.of(
				BeneficiaryProcess.Variables.APPLICANT_NAME, result.application().applicantName(),
				BeneficiaryProcess.Variables.NATIONAL_ID, result.application().nationalId(),
				BeneficiaryProcess.Variables.MOBILE, result.application().mobile(),
				BeneficiaryProcess.Variables.CHANNEL, Channel.WEBSITE.name(),
				BeneficiaryProcess.Variables.SUPPORT_TYPE, result.application().supportType(),
				BeneficiaryProcess.Variables.REQUEST_DETAILS, result.application().requestDetails(),
				BeneficiaryProcess.Variables.PORTAL_DECLARATION_ACCEPTED, true));
		variables.put(BeneficiaryProcess.Variables.EMAIL, result.application().email());
		variables.put(BeneficiaryProcess.Variables.ATTACHMENT_COUNT, attachments.size());
		for (Document attachment : attachments) {
			this.documents.add(requestNumber, attachment, null);
		}
		this.numbers.startNumbered(requestNumber,
				number -> this.runtime.startProcessInstanceByKey(BeneficiaryProcess.PROCESS_ID, number, variables));
		return requestNumber;
	}

}
