package sa.nonprofit.hail.privacy;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.identity.StaffGroup;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.NotificationPort;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;

/**
 * Task_EscalateDataRequestDelay: the legal due date has come with the request still open. Records the miss and tells
 * the data protection officer and the board chair (the escalation target); the work goes on.
 */
@Component("escalateDataRequestDelay")
class EscalateDataRequestDelayDelegate implements JavaDelegate {

	private final NotificationPort notifications;

	private final Clock clock;

	EscalateDataRequestDelayDelegate(NotificationPort notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(Variables.DEADLINE_MISSED, true);
		for (StaffGroup group : new StaffGroup[] { StaffGroup.DATA_PROTECTION_OFFICER, StaffGroup.BOARD_CHAIR }) {
			this.notifications.send(RequesterMessages.toStaff(NotificationKind.DATA_REQUEST_DEADLINE_MISSED, group.id(),
					execution, this.clock.getZone()));
		}
	}

}
