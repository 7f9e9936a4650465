package sa.nonprofit.hail.privacy;

import java.sql.Timestamp;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.notification.Notification;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.NotificationPort;
import sa.nonprofit.hail.notification.Recipient;
import sa.nonprofit.hail.privacy.DataBreachProcess.Variables;

/**
 * Task_SendBreachNotices: the officer's message to each person affected, by SMS and/or e-mail as on file, and how many
 * were reached and how many have no contact. A reporter's notice is recorded under their report's number, where their
 * contact already lives, never under the breach. A failed send fails the job (retries, then an incident); on the
 * retry, a person already told for this breach is not told twice.
 */
@Component("sendBreachNotices")
class SendBreachNoticesDelegate implements JavaDelegate {

	private final BreachAffectedPeople people;

	private final NotificationPort notifications;

	private final JdbcTemplate jdbc;

	SendBreachNoticesDelegate(BreachAffectedPeople people, NotificationPort notifications, JdbcTemplate jdbc) {
		this.people = people;
		this.notifications = notifications;
		this.jdbc = jdbc;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String breach = BreachText.of(execution, Variables.BREACH_NUMBER);
		Map<String, String> values = Map.of(Variables.SUBJECT_MESSAGE, BreachText.of(execution, Variables.SUBJECT_MESSAGE),
				Variables.BREACH_NUMBER, breach);
		long reached = 0;
		long withoutContact = 0;
		for (BreachAffectedPeople.Target target : this.people.targets(BreachText.of(execution, Variables.AFFECTED_PEOPLE))) {
			if (target.recipient().isEmpty()) {
				withoutContact++;
				continue;
			}
			String reference = target.reference() == null ? breach : target.reference();
			Recipient recipient = target.recipient().get();
			if (!alreadyTold(reference, recipient, breach)) {
				this.notifications.send(new Notification(NotificationKind.BREACH_NOTICE, reference, recipient, values));
			}
			reached++;
		}
		execution.setVariable(Variables.SUBJECTS_REACHED, reached);
		execution.setVariable(Variables.SUBJECTS_WITHOUT_CONTACT, withoutContact);
		execution.setVariable(Variables.SUBJECTS_NOTIFIED_AT, ClockUtil.getCurrentTime());
	}

	/** Whether an earlier attempt of this job already recorded a notice of this breach to this contact. */
	private boolean alreadyTold(String reference, Recipient recipient, String breach) {
		Long told = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM app_notification WHERE reference = ? AND kind = ? AND status <> 'FAILED'
				  AND COALESCE(recipient_mobile, '') = ? AND COALESCE(recipient_email, '') = ? AND body LIKE ?
				  AND created_at >= ?""", Long.class, reference, NotificationKind.BREACH_NOTICE.name(),
				recipient.mobile() == null ? "" : recipient.mobile(), recipient.email() == null ? "" : recipient.email(),
				"%" + breach + "%", new Timestamp(started(breach).getTime()));
		return told != null && told > 0;
	}

	private Date started(String breach) {
		return this.jdbc.queryForObject("SELECT START_TIME_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", Date.class,
				breach);
	}

}
