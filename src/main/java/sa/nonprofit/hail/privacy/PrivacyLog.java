package sa.nonprofit.hail.privacy;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who looked up, exported, erased or forgot whose data: the person by keyed hash only, never the national ID. */
@Component
class PrivacyLog {

	/** What was done with the person's data. */
	enum Action {
		LOOKUP, ERASE, FORGET
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PrivacyLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(String subjectHash, String userId, Action action, String reference) {
		this.jdbc.update("""
				INSERT INTO app_privacy_log (subject_hash, user_id, occurred_at, action, reference)
				VALUES (?, ?, ?, ?, ?)""", subjectHash, userId, Timestamp.from(this.clock.instant()), action.name(),
				reference);
	}

}
