package sa.nonprofit.hail.whistleblowing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.documents.Document;
import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/**
 * The written thread between an anonymous reporter and the report's auditors. The reporter reads it whole on the
 * tracking page; nothing else of the case reaches them (the disclosure firewall), so a staff message is written only
 * by an auditor who means the reporter to read it. Who may write as staff is the caller's to check.
 */
@Service
public class ReporterThread {

	public static final int MAX_MESSAGE = 4000;

	/** One message; {@code staffUser} is null when the reporter wrote it. */
	public record Message(String staffUser, String text, Instant at) {

		public boolean fromReporter() {
			return this.staffUser == null;
		}

	}

	private final JdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final NewEvidence newEvidence;

	private final CaseDocuments documents;

	private final ReportHolders holders;

	private final Clock clock;

	ReporterThread(JdbcTemplate jdbc, RuntimeService runtime, NewEvidence newEvidence, CaseDocuments documents,
			ReportHolders holders, Clock clock) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.newEvidence = newEvidence;
		this.documents = documents;
		this.holders = holders;
		this.clock = clock;
	}

	public List<Message> of(String reportNumber) {
		return this.jdbc.query("""
				SELECT author, body, created_at FROM app_report_message WHERE report_number = ? ORDER BY id""",
				(rs, row) -> new Message(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
				reportNumber);
	}

	/**
	 * Information or new evidence from the reporter. On a report closed as unjustified it reopens the review; on a
	 * report still open it becomes the report's {@code newEvidence}, shown in the forms.
	 * @return true when it reopened the report
	 */
	@Transactional
	public boolean fromReporter(String reportNumber, String message) {
		return fromReporter(reportNumber, message, List.of());
	}

	/**
	 * A message with files already checked by their content: the files are kept with the case as the reporter's
	 * (no uploader), all in one transaction with the message. Whoever holds the report now is told of it, by number
	 * only; a report it reopens is announced by the process itself (Task_NotifyNewEvidence).
	 * @return true when it reopened the report
	 */
	@Transactional
	public boolean fromReporter(String reportNumber, String message, List<Document> attachments) {
		String text = checked(message);
		insert(reportNumber, null, text);
		for (Document attachment : attachments) {
			this.documents.add(reportNumber, attachment, null);
		}
		String evidence = attachments.isEmpty() ? text
				: text + "\n\n(" + attachments.size() + " مرفقات جديدة في ملف البلاغ — " + attachments.size()
						+ " new attachments in the case file)";
		boolean reopened = this.newEvidence.submit(reportNumber, evidence);
		ProcessInstance open = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(WhistleblowerProcess.PROCESS_ID)
			.processInstanceBusinessKey(reportNumber)
			.singleResult();
		if (open != null && !reopened) {
			this.runtime.setVariable(open.getId(), Variables.NEW_EVIDENCE, evidence);
		}
		if (open != null && !attachments.isEmpty()) {
			// Every file the reporter sent, at the start and since; staff uploads are not the reporter's.
			long fromReporter = this.documents.list(reportNumber).stream().filter(entry -> entry.uploadedBy() == null)
				.count();
			this.runtime.setVariable(open.getId(), Variables.ATTACHMENT_COUNT, (int) fromReporter);
		}
		if (!reopened) {
			this.holders.tellOfReporterMessage(reportNumber);
		}
		return reopened;
	}

	/** A reply the reporter will read, from one of the report's auditors. */
	@Transactional
	public void fromStaff(String reportNumber, String userId, String message) {
		insert(reportNumber, userId, checked(message));
	}

	private void insert(String reportNumber, String author, String text) {
		this.jdbc.update("INSERT INTO app_report_message (report_number, created_at, body, author) VALUES (?, ?, ?, ?)",
				reportNumber, Timestamp.from(this.clock.instant()), text, author);
	}

	private static String checked(String message) {
		String text = message == null ? "" : message.strip();
		if (text.isEmpty() || text.length() > MAX_MESSAGE) {
			throw Refusal.invalid("اكتب رسالتك (٤٠٠٠ حرف على الأكثر)", "Write your message (at most 4000 characters)");
		}
		return text;
	}

}
