package sa.nonprofit.hail.notification;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.springframework.stereotype.Component;

/** SMS through the configured HTTP gateway; any answer other than 2xx is a failed delivery. Arabic text only. */
@Component
class SmsGatewayChannel implements DeliveryChannel {

	private final NotificationProperties.Sms gateway;

	private final HttpClient client;

	SmsGatewayChannel(NotificationProperties properties) {
		this.gateway = properties.sms();
		this.client = HttpClient.newBuilder().connectTimeout(this.gateway.timeout()).build();
	}

	@Override
	public String name() {
		return "SMS";
	}

	@Override
	public boolean configured() {
		return this.gateway.url() != null && !this.gateway.url().isBlank();
	}

	@Override
	public boolean reaches(Recipient recipient) {
		return recipient.mobile() != null && !recipient.mobile().isBlank();
	}

	@Override
	public void deliver(RenderedMessage message, Recipient recipient) {
		String body = this.gateway.bodyTemplate()
			.replace("{to}", escape(recipient.mobile()))
			.replace("{sender}", escape(this.gateway.sender()))
			.replace("{text}", escape(message.smsText()));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.gateway.url()))
			.timeout(this.gateway.timeout())
			.header("Content-Type", this.gateway.contentType() + "; charset=UTF-8")
			.method(this.gateway.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		this.gateway.headers().forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				request.header(name, value);
			}
		});
		try {
			HttpResponse<Void> response = this.client.send(request.build(), HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 != 2) {
				throw new DeliveryException("SMS gateway answered HTTP " + response.statusCode(), null);
			}
		}
		catch (IOException ex) {
			throw new DeliveryException("SMS gateway unreachable (" + ex.getClass().getSimpleName() + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryException("interrupted while calling the SMS gateway", ex);
		}
	}

	private String escape(String value) {
		String text = value == null ? "" : value;
		if (this.gateway.contentType().contains("json")) {
			return new String(JsonStringEncoder.getInstance().quoteAsString(text));
		}
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
