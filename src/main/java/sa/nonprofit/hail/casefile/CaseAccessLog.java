package sa.nonprofit.hail.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Who opened a case, downloaded or added a document, or replied to the reporter, and when; no IP address. */
@Service
class CaseAccessLog {

	/** What the reader did. */
	enum Action {
		VIEW, PAGE, RATIFICATION, DOWNLOAD, UPLOAD, REPLY
	}

	/** One recorded access; {@code documentRef} only for downloads and uploads. */
	record Entry(String userId, Instant at, String action, String documentRef) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CaseAccessLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(String caseNumber, String userId, Action action, String documentRef) {
		this.jdbc.update("""
				INSERT INTO app_case_access_log (case_number, user_id, accessed_at, action, document_ref)
				VALUES (?, ?, ?, ?, ?)""", caseNumber, userId, Timestamp.from(this.clock.instant()), action.name(),
				documentRef);
	}

	List<Entry> of(String caseNumber) {
		return this.jdbc.query("""
				SELECT user_id, accessed_at, action, document_ref FROM app_case_access_log
				WHERE case_number = ? ORDER BY accessed_at, id""",
				(rs, row) -> new Entry(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						rs.getString(4)),
				caseNumber);
	}

}
