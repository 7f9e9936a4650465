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
 * Messages to a reporter who left contact details (Task_SendAcknowledgement, Task_NotifyReporterFeedback); the kind
 * comes from the task's input parameter {@code notificationKind}. A message carries only the report number: feedback
 * itself is read on the portal with the access code. No contact details: nothing is sent.
 */
@Component("notifyReporter")
class NotifyReporterDelegate implements JavaDelegate {

	private final NotificationPort notifications;

	private final ReporterContacts contacts;

	NotifyReporterDelegate(NotificationPort notifications, ReporterContacts contacts) {
		this.notifications = notifications;
		this.contacts = contacts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reportNumber = (String) execution.getVariable(Variables.REPORT_NUMBER);
		NotificationKind kind = NotificationKind.valueOf((String) execution.getVariableLocal(WhistleblowerProcess.Variables.NOTIFICATION_KIND));
		this.contacts.find(reportNumber).ifPresent(contact -> this.notifications.send(new Notification(kind, reportNumber,
				Recipient.reporter(contact.mobile(), contact.email()), Map.of())));
	}

}
