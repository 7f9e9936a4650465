package sa.nonprofit.hail.privacy;

import java.time.Clock;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.calendar.HijriDates;
import sa.nonprofit.hail.identity.StaffGroup;
import sa.nonprofit.hail.notification.Notification;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.NotificationPort;
import sa.nonprofit.hail.notification.Recipient;
import sa.nonprofit.hail.privacy.DataBreachProcess.Variables;

/**
 * Task_EscalateAuthorityNotice: 48 hours after the association became aware, the authority is still not notified.
 * Tells the board chair and the data protection officer, with the breach number and the deadline only; the officer's
 * task stays open.
 */
@Component("escalateAuthorityNotice")
class EscalateAuthorityNoticeDelegate implements JavaDelegate {

	private final NotificationPort notifications;

	private final Clock clock;

	EscalateAuthorityNoticeDelegate(NotificationPort notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(Variables.ESCALATED, true);
		Date due = (Date) execution.getVariable(Variables.AUTHORITY_DUE);
		Map<String, String> values = Map.of(Variables.AUTHORITY_DUE,
				HijriDates.format(due.toInstant().atZone(this.clock.getZone()).toLocalDate()) + " "
						+ BreachTimes.shown(due, this.clock.getZone()).substring(11),
				Variables.AUTHORITY_DUE + "Iso", BreachTimes.shown(due, this.clock.getZone()));
		for (StaffGroup group : new StaffGroup[] { StaffGroup.BOARD_CHAIR, StaffGroup.DATA_PROTECTION_OFFICER }) {
			this.notifications.send(new Notification(NotificationKind.BREACH_AUTHORITY_NOTICE_OVERDUE,
					BreachText.of(execution, Variables.BREACH_NUMBER), Recipient.staffGroup(group.id()), values));
		}
	}

}
