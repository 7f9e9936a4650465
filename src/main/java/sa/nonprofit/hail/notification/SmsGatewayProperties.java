package sa.nonprofit.hail.notification;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A generic HTTP SMS gateway, as Saudi providers offer: where to call, how, and the request body with placeholders
 * {@code {to}} (+9665XXXXXXXX), {@code {sender}} and {@code {text}}, escaped for the content type.
 */
@ConfigurationProperties("app.notifications.sms")
record SmsGatewayProperties(String url, @DefaultValue("POST") String method,
		@DefaultValue("application/json") String contentType,
		@DefaultValue("{\"sender\":\"{sender}\",\"to\":\"{to}\",\"text\":\"{text}\"}") String bodyTemplate,
		@DefaultValue("") String sender, @DefaultValue Map<String, String> headers,
		@DefaultValue("PT10S") Duration timeout) {
}
