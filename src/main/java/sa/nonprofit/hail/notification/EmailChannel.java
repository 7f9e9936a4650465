package sa.nonprofit.hail.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** E-mail through Spring Mail (SPRING_MAIL_HOST and friends); plain text and right-to-left HTML, UTF-8. */
@Component
class EmailChannel implements DeliveryChannel {

	private final JavaMailSender mail;

	private final String from;

	private final String host;

	EmailChannel(ObjectProvider<JavaMailSender> mail, NotificationProperties properties,
			ObjectProvider<MailProperties> spring) {
		this.mail = mail.getIfAvailable();
		this.from = properties.email().from();
		MailProperties server = spring.getIfAvailable();
		this.host = server == null || server.getHost() == null ? "" : server.getHost();
	}

	@Override
	public String name() {
		return "EMAIL";
	}

	@Override
	public boolean configured() {
		return this.mail != null && !this.host.isBlank() && !this.from.isBlank();
	}

	@Override
	public boolean reaches(Recipient recipient) {
		return recipient.email() != null && !recipient.email().isBlank();
	}

	@Override
	public void deliver(RenderedMessage message, Recipient recipient) {
		try {
			MimeMessage mime = this.mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(recipient.email());
			helper.setSubject(message.subject());
			String html = "<div dir=\"rtl\" lang=\"ar\" style=\"font-family:Tahoma,Arial,sans-serif;white-space:pre-line\">"
					+ HtmlUtils.htmlEscape(message.body()) + "</div>";
			helper.setText(message.body(), html);
			this.mail.send(mime);
		}
		catch (MailException | jakarta.mail.MessagingException ex) {
			throw new DeliveryException("e-mail server refused or unreachable (" + ex.getClass().getSimpleName() + ")", ex);
		}
	}

}
