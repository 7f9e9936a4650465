package sa.nonprofit.hail.beneficiary;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.identity.StaffGroup;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.NotificationPort;

/** Task_EscalateCommitteeDelay: records the missed two-week promise and alerts the executive director. */
@Component("escalateCommitteeDelay")
class EscalateCommitteeDelayDelegate implements JavaDelegate {

	private final NotificationPort notifications;

	/** Only its zone: dates in messages are days in the association's zone. */
	private final Clock clock;

	EscalateCommitteeDelayDelegate(NotificationPort notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(Variables.COMMITTEE_DEADLINE_MISSED, true);
		this.notifications.send(ApplicantMessages.toStaff(NotificationKind.COMMITTEE_DEADLINE_MISSED,
				StaffGroup.EXECUTIVE_DIRECTOR.id(), execution, this.clock.getZone()));
	}

}
