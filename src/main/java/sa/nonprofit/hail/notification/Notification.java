package sa.nonprofit.hail.notification;

import java.util.Map;

/** One message to send: what kind, about which request or report, to whom, with the values its template needs. */
public record Notification(NotificationKind kind, String reference, Recipient recipient, Map<String, String> values) {

	public Notification {
		values = Map.copyOf(values);
	}

}
