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
 * Task_NotifyReporterFeedback: tells a reporter who left contact details that feedback is waiting on the portal. The
 * message carries only the report number: the feedback itself is read with the access code.
 */
@Component("notifyReporterFeedback")
class NotifyReporterDelegate implements JavaDelegate {

	static final String REPORTER = "REPORTER";

	private final NotificationPort notifications;

	private final ReporterContacts contacts;

	NotifyReporterDelegate(NotificationPort notifications, ReporterContacts contacts) {
		this.notifications = notifications;
		this.contacts = contacts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reportNumber = (String) execution.getVariable(Variables.REPORT_NUMBER);
		this.contacts.find(reportNumber).ifPresent(contact -> this.notifications.send(new Notification(
				NotificationKind.REPORT_FEEDBACK_AVAILABLE, reportNumber,
				new Recipient(REPORTER, null, contact.mobile(), contact.email()), Map.of())));
	}

}
