package sa.nonprofit.hail.beneficiary;

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

	NotifyApplicantDelegate(NotificationPort notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NotificationKind kind = NotificationKind.valueOf((String) execution.getVariableLocal(Variables.NOTIFICATION_KIND));
		this.notifications.send(ApplicantMessages.toApplicant(kind, execution));
	}

}
