package sa.nonprofit.hail.privacy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.notification.Notification;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.NotificationNotDeliveredException;
import sa.nonprofit.hail.notification.NotificationPort;
import sa.nonprofit.hail.notification.Recipient;
import sa.nonprofit.hail.system.FieldProblem;
import sa.nonprofit.hail.privacy.DataBreachProcess.Variables;

/**
 * Task_SendBreachNotices: the message, composed again here from its fixed parts and what the officer wrote (checked
 * again, so nothing set on the breach since the review goes out), to each person affected by SMS and/or e-mail as on
 * file. A reporter's notice is recorded under their report's number, where their contact already lives, never under the
 * breach. Each person is told once per breach however often the job runs: someone a channel already reached for this
 * breach is skipped. Someone no channel reached fails the job (retries, then an incident) after everyone else was
 * tried, with a message that names the breach only, never a report. Report numbers are counted as named, never as
 * reached or not, so that nothing tells the officer whether a report exists or has a contact.
 */
@Component("sendBreachNotices")
class SendBreachNoticesDelegate implements JavaDelegate {

	/** How the notice's body names the breach (NotificationKind.BREACH_NOTICE): the mark of this breach in a record. */
	static final String BREACH_MARK = "مرجع الإشعار: ";

	private final BreachAffectedPeople people;

	private final BreachMessages messages;

	private final NotificationPort notifications;

	private final JdbcTemplate jdbc;

	SendBreachNoticesDelegate(BreachAffectedPeople people, BreachMessages messages, NotificationPort notifications,
			JdbcTemplate jdbc) {
		this.people = people;
		this.messages = messages;
		this.notifications = notifications;
		this.jdbc = jdbc;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String breach = BreachText.of(execution, Variables.BREACH_NUMBER);
		List<FieldProblem> problems = BreachMessages.officerParts(execution);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("رسالة الحادثة " + breach + " لا تُرسل: " + problems.get(0).arabic()
					+ " — The message of breach " + breach + " is not sent: " + problems.get(0).english());
		}
		String message = this.messages.subjectMessage(execution, BreachText.of(execution, Variables.SUBJECT_WHAT_HAPPENED),
				BreachText.of(execution, Variables.SUBJECT_EXTRA_ADVICE));
		Map<String, String> values = Map.of(Variables.SUBJECT_MESSAGE, message, Variables.BREACH_NUMBER, breach);
		long reports = 0;
		long reached = 0;
		long withoutContact = 0;
		boolean someoneNotReached = false;
		for (BreachAffectedPeople.Target target : this.people.targets(BreachText.of(execution, Variables.AFFECTED_PEOPLE))) {
			if (target.reference() != null) {
				reports++;
			}
			else if (target.recipient().isPresent()) {
				reached++;
			}
			else {
				withoutContact++;
			}
			if (target.recipient().isPresent()) {
				String reference = target.reference() == null ? breach : target.reference();
				someoneNotReached |= !tell(new Notification(NotificationKind.BREACH_NOTICE, reference,
						target.recipient().get(), values), breach);
			}
		}
		if (someoneNotReached) {
			throw new IllegalStateException("تعذّر إيصال إشعار الحادثة " + breach
					+ " إلى بعض المتأثرين، وستُعاد المحاولة لهم وحدهم — The notice of breach " + breach
					+ " reached no channel of some people affected; only they are tried again");
		}
		execution.setVariable(Variables.SUBJECT_MESSAGE, message);
		execution.setVariable(Variables.REPORTS_NAMED, reports);
		execution.setVariable(Variables.SUBJECTS_REACHED, reached);
		execution.setVariable(Variables.SUBJECTS_WITHOUT_CONTACT, withoutContact);
		execution.setVariable(Variables.SUBJECTS_NOTIFIED_AT, ClockUtil.getCurrentTime());
	}

	/** Sends unless already told; whether the person is told now (some channel reached them). */
	private boolean tell(Notification notice, String breach) {
		if (told(notice, breach)) {
			return true;
		}
		try {
			this.notifications.send(notice);
			return true;
		}
		catch (NotificationNotDeliveredException notAllChannels) {
			return told(notice, breach);
		}
	}

	/**
	 * Whether a notice of this breach to this person is on record with a channel that delivered it (or none configured
	 * at all). A reporter is told under their own report number, so the reference alone names them (their contact is
	 * kept only as a mask); the people told under the breach's number are told apart by their contact, kept in full.
	 */
	private boolean told(Notification notice, String breach) {
		Recipient recipient = notice.recipient();
		boolean underBreach = breach.equals(notice.reference());
		Long told = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM app_notification WHERE reference = ? AND kind = ? AND body LIKE ?
				  AND (status <> 'FAILED' OR COALESCE(channels, '') <> '')
				  AND (? = FALSE OR (COALESCE(recipient_mobile, '') = ? AND COALESCE(recipient_email, '') = ?))""",
				Long.class, notice.reference(), NotificationKind.BREACH_NOTICE.name(), "%" + BREACH_MARK + breach + "%",
				underBreach, recipient.mobile() == null ? "" : recipient.mobile(),
				recipient.email() == null ? "" : recipient.email());
		return told != null && told > 0;
	}

}
