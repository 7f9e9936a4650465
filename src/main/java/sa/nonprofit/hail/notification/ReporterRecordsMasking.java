package sa.nonprofit.hail.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.Masks;

/**
 * Masks the contacts that records of messages to reporters kept before they were masked on writing: after an upgrade
 * no row of {@code app_notification} names a reporter's mobile or e-mail. A value already masked is left as it is:
 * a mobile mask holds X (digits never do), an e-mail mask holds *** (an address may well hold an X).
 */
@Component
class ReporterRecordsMasking implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReporterRecordsMasking.class);

	private final JdbcTemplate jdbc;

	ReporterRecordsMasking(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		record Row(String id, String mobile, String email) {
		}
		List<Row> rows = this.jdbc.query("""
				SELECT id, recipient_mobile, recipient_email FROM app_notification
				WHERE recipient_role = ? AND ((recipient_mobile IS NOT NULL AND recipient_mobile NOT LIKE '%X%')
				  OR (recipient_email IS NOT NULL AND recipient_email NOT LIKE '%***%'))""",
				(rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)), Recipient.REPORTER);
		for (Row row : rows) {
			this.jdbc.update("UPDATE app_notification SET recipient_mobile = ?, recipient_email = ? WHERE id = ?",
					row.mobile() == null || row.mobile().contains("X") ? row.mobile() : Masks.mobile(row.mobile()),
					row.email() == null || row.email().contains("***") ? row.email() : Masks.email(row.email()),
					row.id());
		}
		if (!rows.isEmpty()) {
			log.info("Masked the reporter's contact in {} earlier records of messages", rows.size());
		}
	}

}
