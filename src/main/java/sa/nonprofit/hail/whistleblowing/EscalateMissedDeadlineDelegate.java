package sa.nonprofit.hail.whistleblowing;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.notification.Notification;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.NotificationPort;
import sa.nonprofit.hail.notification.Recipient;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/**
 * Task_EscalateMissedDeadline: records which deadline was missed and tells the escalation group (the board chair, or
 * the vice chair when the chair is accused). The message names neither the reporter nor the accused.
 */
@Component("escalateMissedDeadline")
class EscalateMissedDeadlineDelegate implements JavaDelegate {

	private final NotificationPort notifications;

	EscalateMissedDeadlineDelegate(NotificationPort notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		MissedDeadline missed = MissedDeadline.valueOf((String) execution.getVariableLocal(Variables.MISSED_DEADLINE));
		execution.setVariable(missed.flagVariable(), true);
		String group = (String) execution.getVariable(Variables.ESCALATION_GROUP);
		this.notifications.send(new Notification(NotificationKind.REPORT_DEADLINE_MISSED,
				(String) execution.getVariable(Variables.REPORT_NUMBER), Recipient.staffGroup(group),
				Map.of("deadlineName", missed.arabicName(), "deadlineNameEn", missed.englishName())));
	}

}
