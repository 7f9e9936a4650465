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

/** Task_NotifyNewEvidence: tells the report's auditors that new evidence reopened it; no reporter data, no evidence. */
@Component("notifyNewEvidence")
class NotifyNewEvidenceDelegate implements JavaDelegate {

	private final NotificationPort notifications;

	NotifyNewEvidenceDelegate(NotificationPort notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.notifications.send(new Notification(NotificationKind.NEW_EVIDENCE_RECEIVED,
				(String) execution.getVariable(Variables.REPORT_NUMBER),
				Recipient.staffGroup((String) execution.getVariable(Variables.AUDITOR_GROUP)), Map.of()));
	}

}
