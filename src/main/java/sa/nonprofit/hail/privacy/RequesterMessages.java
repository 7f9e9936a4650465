package sa.nonprofit.hail.privacy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import sa.nonprofit.hail.calendar.HijriDates;
import sa.nonprofit.hail.notification.Notification;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.Recipient;
import sa.nonprofit.hail.privacy.DataSubjectProcess.RequestType;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;

/**
 * The messages of the data-request process, built from its variables: never the national ID or the details typed, the
 * due date as a day in the association's zone in Hijri and Gregorian, what was done in plain words.
 */
final class RequesterMessages {

	private RequesterMessages() {
	}

	static Notification toRequester(NotificationKind kind, VariableScope scope, ZoneId zone) {
		Recipient requester = Recipient.applicant(null, text(scope, Variables.MOBILE), text(scope, Variables.EMAIL));
		return new Notification(kind, text(scope, Variables.REQUEST_NUMBER), requester, values(scope, zone));
	}

	static Notification toStaff(NotificationKind kind, String groupId, VariableScope scope, ZoneId zone) {
		return new Notification(kind, text(scope, Variables.REQUEST_NUMBER), Recipient.staffGroup(groupId),
				values(scope, zone));
	}

	static Map<String, String> values(VariableScope scope, ZoneId zone) {
		Map<String, String> values = new HashMap<>();
		values.put(Variables.DECISION_REASON, text(scope, Variables.DECISION_REASON));
		values.put(Variables.EXTENSION_REASON, text(scope, Variables.EXTENSION_REASON));
		RequestType type = RequestType.valueOf(text(scope, Variables.REQUEST_TYPE));
		values.put(Variables.REQUEST_TYPE_NAME, type.arabicName());
		values.put(Variables.REQUEST_TYPE_NAME + "En", type.englishName());
		values.put("outcome", outcome(type, scope)[0]);
		values.put("outcomeEn", outcome(type, scope)[1]);
		if (scope.getVariable(Variables.DATA_REQUEST_DUE) instanceof Date date) {
			LocalDate day = date.toInstant().atZone(zone).toLocalDate();
			values.put(Variables.DATA_REQUEST_DUE, HijriDates.format(day));
			values.put(Variables.DATA_REQUEST_DUE + "Iso", day.toString());
		}
		return values;
	}

	private static String[] outcome(RequestType type, VariableScope scope) {
		return switch (type) {
			case ACCESS, COPY -> new String[] {
					"بياناتك جاهزة: اطّلع عليها واطبعها أو نزّلها من صفحة طلبات البيانات الشخصية برقم الطلب ورمز المتابعة.",
					"Your data is ready: read, print or download it on the personal-data page with the request number and tracking code." };
			case CORRECTION -> DataRequestCorrections.APPLIED.equals(scope.getVariable(Variables.CORRECTION_OUTCOME))
					? new String[] { "صُحّحت البيانات في الطلب رقم " + text(scope, Variables.CORRECTION_CASE_NUMBER) + ".",
							"The data of request " + text(scope, Variables.CORRECTION_CASE_NUMBER) + " was corrected." }
					: new String[] { "الطلب رقم " + text(scope, Variables.CORRECTION_CASE_NUMBER)
							+ " منتهٍ، فحُفظ التصحيح مرفقاً بسجله.", "Request "
							+ text(scope, Variables.CORRECTION_CASE_NUMBER)
							+ " is closed: the correction is kept with its record." };
			case DESTRUCTION -> new String[] {
					"أُتلفت بياناتك الشخصية لدينا، ولم يبق إلا ما يثبت تنفيذ هذا الطلب دون ما يعرّف بك.",
					"Your personal data was destroyed; only what proves this request was carried out is kept, without anything that identifies you." };
		};
	}

	private static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? "" : value.toString();
	}

}
