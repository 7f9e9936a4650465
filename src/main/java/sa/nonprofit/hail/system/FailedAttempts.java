package sa.nonprofit.hail.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failures counted in the database, so that every node of a cluster sees them: a client spreading its guesses over n
 * nodes gets no more than from one. Each failure is one row under a key from {@link ClientKeys} (a keyed hash, never an
 * address or a case number); a count covers a sliding window on the application's clock. Rows older than
 * {@code app.security.failed-attempts.kept} are deleted as new failures come.
 */
@Component
public class FailedAttempts {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration kept;

	FailedAttempts(JdbcTemplate jdbc, Clock clock, FailedAttemptProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.kept = properties.kept();
	}

	public void record(String key) {
		Instant now = this.clock.instant();
		this.jdbc.update("DELETE FROM app_failed_attempt WHERE failed_at < ?", Timestamp.from(now.minus(this.kept)));
		this.jdbc.update("INSERT INTO app_failed_attempt (attempt_key, failed_at) VALUES (?, ?)", key,
				Timestamp.from(now));
	}

	/** The failures under this key within the last {@code window} (never longer than what is kept). */
	public int within(String key, Duration window) {
		Duration counted = window.compareTo(this.kept) > 0 ? this.kept : window;
		Integer count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM app_failed_attempt WHERE attempt_key = ? AND failed_at > ?", Integer.class, key,
				Timestamp.from(this.clock.instant().minus(counted)));
		return count == null ? 0 : count;
	}

	public void forget(String key) {
		this.jdbc.update("DELETE FROM app_failed_attempt WHERE attempt_key = ?", key);
	}

}
