package sa.nonprofit.hail.beneficiary;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.notification.Notification;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.NotificationPort;

/** Task_SendSurvey: a one-use survey link (128 random bits) sent to the applicant after the service is delivered. */
@Component("sendSurvey")
class SendSurveyDelegate implements JavaDelegate {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final NotificationPort notifications;

	/** Only its zone: dates in messages are days in the association's zone. */
	private final Clock clock;

	private final SurveyProperties survey;

	SendSurveyDelegate(NotificationPort notifications, SurveyProperties survey, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
		this.survey = survey;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object existing = execution.getVariable(Variables.SURVEY_TOKEN);
		String token = existing != null ? existing.toString() : newToken();
		execution.setVariable(Variables.SURVEY_TOKEN, token);
		Notification base = ApplicantMessages.toApplicant(NotificationKind.SATISFACTION_SURVEY, execution,
				this.clock.getZone());
		Map<String, String> values = new HashMap<>(base.values());
		values.put("surveyLink", this.survey.surveyLink(token));
		this.notifications.send(new Notification(base.kind(), base.reference(), base.recipient(), values));
	}

	private static String newToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
