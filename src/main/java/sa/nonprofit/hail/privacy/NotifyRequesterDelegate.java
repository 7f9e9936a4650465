package sa.nonprofit.hail.privacy;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.NotificationPort;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;

/** The notices to the requester; the kind comes from the task's input parameter {@code notificationKind}. */
@Component("notifyRequester")
class NotifyRequesterDelegate implements JavaDelegate {

	private final NotificationPort notifications;

	/** Only its zone: dates in messages are days in the association's zone. */
	private final Clock clock;

	NotifyRequesterDelegate(NotificationPort notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NotificationKind kind = NotificationKind.valueOf((String) execution.getVariableLocal(Variables.NOTIFICATION_KIND));
		this.notifications.send(RequesterMessages.toRequester(kind, execution, this.clock.getZone()));
	}

}
