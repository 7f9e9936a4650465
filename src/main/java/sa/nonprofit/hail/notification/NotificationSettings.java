package sa.nonprofit.hail.notification;

import org.springframework.stereotype.Component;

/** How sending behaves; BPMN reads the retry cycle as {@code ${notificationSettings.retryCycle()}}. */
@Component("notificationSettings")
public class NotificationSettings {

	private final String retryCycle;

	NotificationSettings(NotificationProperties properties) {
		this.retryCycle = properties.retryCycle();
	}

	/** ISO-8601 repeat and interval, e.g. R5/PT5M: five more tries, five minutes apart, then an incident. */
	public String retryCycle() {
		return this.retryCycle;
	}

}
