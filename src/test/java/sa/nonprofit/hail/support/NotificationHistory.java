package sa.nonprofit.hail.support;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.notification.NotificationKind;

/** Reads what was sent about a request or report, newest last, straight from {@code app_notification}. */
public final class NotificationHistory {

	private final JdbcTemplate jdbc;

	public NotificationHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<NotificationRecord> about(String reference) {
		return this.jdbc.query("""
				SELECT id, created_at, kind, reference, recipient_role, recipient_mobile, recipient_email, subject, body,
				  status, channels, error
				FROM app_notification WHERE reference = ? ORDER BY seq""",
				(rs, row) -> new NotificationRecord(rs.getString(1), rs.getTimestamp(2).toInstant(),
						NotificationKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
						rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
						rs.getString(12)),
				reference);
	}

}
