package sa.nonprofit.hail.notification;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the association's messages go out ({@code app.notifications}): retries before an incident, the e-mail sender,
 * and the SMS gateway.
 * @param retryCycle ISO-8601 repeat and interval, e.g. R5/PT5M: five more tries, five minutes apart, then an incident
 */
@ConfigurationProperties("app.notifications")
record NotificationProperties(@DefaultValue("R5/PT5M") String retryCycle, @DefaultValue Email email,
		@DefaultValue Sms sms) {

	/** E-mail goes out when Spring Mail has a host and this sender address is set. */
	record Email(@DefaultValue("") String from) {
	}

	/**
	 * A generic HTTP SMS gateway, as Saudi providers offer: where to call, how, and the request body with placeholders
	 * {@code {to}} (+9665XXXXXXXX), {@code {sender}} and {@code {text}}, escaped for the content type.
	 */
	record Sms(String url, @DefaultValue("POST") String method, @DefaultValue("application/json") String contentType,
			@DefaultValue("{\"sender\":\"{sender}\",\"to\":\"{to}\",\"text\":\"{text}\"}") String bodyTemplate,
			@DefaultValue("") String sender, @DefaultValue Map<String, String> headers,
			@DefaultValue("PT10S") Duration timeout) {
	}

}
