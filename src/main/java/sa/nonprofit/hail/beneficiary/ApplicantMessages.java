package sa.nonprofit.hail.beneficiary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.calendar.HijriDates;
import sa.nonprofit.hail.notification.Notification;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.Recipient;

/**
 * Builds the messages of this process from its variables: dates in Hijri and Gregorian, as days in the application's
 * zone ({@code zone}, the application clock's), texts as entered.
 */
final class ApplicantMessages {

	private ApplicantMessages() {
	}

	static Notification toApplicant(NotificationKind kind, VariableScope scope, ZoneId zone) {
		Recipient applicant = Recipient.applicant(text(scope, Variables.APPLICANT_NAME), text(scope, Variables.MOBILE),
				text(scope, Variables.EMAIL));
		return new Notification(kind, text(scope, Variables.REQUEST_NUMBER), applicant, values(scope, zone));
	}

	static Notification toStaff(NotificationKind kind, String groupId, VariableScope scope, ZoneId zone) {
		return new Notification(kind, text(scope, Variables.REQUEST_NUMBER), Recipient.staffGroup(groupId), values(scope, zone));
	}

	static Map<String, String> values(VariableScope scope, ZoneId zone) {
		Map<String, String> values = new HashMap<>();
		for (String name : new String[] { Variables.APPLICANT_NAME, Variables.DECISION_REASON,
				Variables.VALIDATION_ERRORS }) {
			values.put(name, text(scope, name));
		}
		for (String name : new String[] { Variables.COMPLETION_DUE, Variables.COMMITTEE_DECISION_DUE }) {
			if (scope.getVariable(name) instanceof Date date) {
				LocalDate day = date.toInstant().atZone(zone).toLocalDate();
				values.put(name, HijriDates.format(day));
				values.put(name + "Iso", day.toString());
			}
		}
		return values;
	}

	private static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? "" : value.toString();
	}

}
