package sa.nonprofit.hail.beneficiary;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.NotificationPort;

/** The notification tasks to the applicant; the kind comes from the task's input parameter {@code notificationKind}. */
@Component("notifyApplicant")
class NotifyApplicantDelegate implements JavaDelegate {

	private final NotificationPort notifications;

	/** Only its zone: dates in messages are days in the association's zone. */
	private final Clock clock;

	NotifyApplicantDelegate(NotificationPort notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NotificationKind kind = NotificationKind.valueOf((String) execution.getVariableLocal(Variables.NOTIFICATION_KIND));
		this.notifications.send(ApplicantMessages.toApplicant(kind, execution, this.clock.getZone()));
	}

}
