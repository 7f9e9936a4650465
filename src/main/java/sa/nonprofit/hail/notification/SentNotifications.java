package sa.nonprofit.hail.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What was sent about one case, for staff who may read the case: the kind, subject, recipient role, status and time,
 * never the body nor the recipient's contact details.
 */
@Service
public class SentNotifications {

	/** One message sent (or tried) for a case. */
	public record Sent(String kind, String subject, String recipientRole, String status, Instant at) {
	}

	private final JdbcTemplate jdbc;

	SentNotifications(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Sent> about(String reference) {
		return this.jdbc.query("""
				SELECT kind, subject, recipient_role, status, created_at FROM app_notification
				WHERE reference = ? ORDER BY seq""",
				(rs, row) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant()),
				reference);
	}

}
