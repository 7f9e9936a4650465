package sa.nonprofit.hail.notification;

import java.sql.Timestamp;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notification port until real channels are configured: every message is rendered and written to
 * {@code app_notification} with the status {@code RECORDED} (not sent). Log lines carry no personal data.
 */
@Component
class NotificationLog implements NotificationPort {

	static final String RECORDED = "RECORDED";

	private static final Logger log = LoggerFactory.getLogger(NotificationLog.class);

	private final JdbcTemplate jdbc;

	private final NotificationTemplates templates;

	NotificationLog(JdbcTemplate jdbc, NotificationTemplates templates) {
		this.jdbc = jdbc;
		this.templates = templates;
	}

	@Override
	public void send(Notification notification) {
		RenderedMessage message = this.templates.render(notification);
		Recipient recipient = notification.recipient();
		this.jdbc.update("""
				INSERT INTO app_notification (id, created_at, kind, reference, recipient_role, recipient_name,
				  recipient_mobile, recipient_email, subject, body, status)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(),
				new Timestamp(ClockUtil.getCurrentTime().getTime()), notification.kind().name(),
				notification.reference(), recipient.role(), recipient.name(), recipient.mobile(), recipient.email(),
				message.subject(), message.body(), RECORDED);
		log.info("Recorded {} notification for {} to role {}", notification.kind(), notification.reference(),
				recipient.role());
	}

}
