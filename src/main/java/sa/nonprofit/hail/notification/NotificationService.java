package sa.nonprofit.hail.notification;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import sa.nonprofit.hail.system.Masks;

/**
 * The notification port: renders the message, sends it on every configured channel the recipient can be reached by
 * (mobile → SMS, e-mail → e-mail, both → both; a staff group → its members' e-mail), and records each attempt in
 * {@code app_notification} in a transaction of its own, so the record stays even when the job rolls back. A failed
 * channel makes the whole send fail, so the engine retries it and finally raises an incident. Nothing configured:
 * recorded as NOT_SENT. Log lines carry the kind, reference and outcome only, never contact details or text.
 * A reporter's contact is masked in the record: the message reached them, the table never names them.
 * Each record is stamped on the engine's clock: messages are sent only inside process execution (delegates), and
 * the record keeps the time of the job that sent it.
 */
@Service
class NotificationService implements NotificationPort {

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	static final String NOT_SENT = "NOT_SENT";

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private final NotificationTemplates templates;

	private final List<DeliveryChannel> channels;

	private final IdentityService identity;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	NotificationService(NotificationTemplates templates, List<DeliveryChannel> channels, IdentityService identity,
			JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.templates = templates;
		this.channels = channels;
		this.identity = identity;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void send(Notification notification) {
		RenderedMessage message = this.templates.render(notification);
		List<String> used = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (Recipient recipient : expand(notification.recipient())) {
			for (DeliveryChannel channel : this.channels) {
				if (channel.configured() && channel.reaches(recipient)) {
					try {
						channel.deliver(message, recipient);
						used.add(channel.name());
					}
					catch (DeliveryException ex) {
						failures.add(channel.name() + ": " + ex.getMessage());
					}
				}
			}
		}
		String status = !failures.isEmpty() ? FAILED : used.isEmpty() ? NOT_SENT : SENT;
		String error = failures.isEmpty() ? null : String.join("; ", failures);
		this.ownTransaction.executeWithoutResult(tx -> record(notification, message, status, used, error));
		log.info("Notification {} for {} to {}: {}{}", notification.kind(), notification.reference(),
				notification.recipient().role(), status, error == null ? "" : " (" + error + ")");
		if (error != null) {
			throw new NotificationNotDeliveredException(notification.kind(), notification.reference(), error);
		}
	}

	/** A staff group stands for its members who have an e-mail address; anyone else is reached as given. */
	private List<Recipient> expand(Recipient recipient) {
		if (Recipient.APPLICANT.equals(recipient.role()) || recipient.mobile() != null || recipient.email() != null) {
			return List.of(recipient);
		}
		List<Recipient> members = new ArrayList<>();
		for (User user : this.identity.createUserQuery().memberOfGroup(recipient.role()).list()) {
			if (user.getEmail() != null && !user.getEmail().isBlank()) {
				members.add(new Recipient(recipient.role(), null, null, user.getEmail()));
			}
		}
		return members;
	}

	private void record(Notification notification, RenderedMessage message, String status, List<String> used,
			String error) {
		Recipient recipient = notification.recipient();
		this.jdbc.update("""
				INSERT INTO app_notification (id, created_at, kind, reference, recipient_role, recipient_name,
				  recipient_mobile, recipient_email, subject, body, status, channels, error)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(),
				new Timestamp(ClockUtil.getCurrentTime().getTime()), notification.kind().name(),
				notification.reference(), recipient.role(), recipient.name(),
				recipient.confidential() ? Masks.mobile(recipient.mobile()) : recipient.mobile(),
				recipient.confidential() ? Masks.email(recipient.email()) : recipient.email(),
				message.subject(), message.body(), status, String.join(",", used), error);
	}

}
