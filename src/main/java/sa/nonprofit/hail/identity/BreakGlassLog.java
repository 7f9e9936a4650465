package sa.nonprofit.hail.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Every sign-in of the engine's superuser and every call it makes to the engine, kept where the board chair reads
 * them: the account exists for emergencies, and whoever uses it answers for what they opened.
 */
@Service
class BreakGlassLog {

	/** What was done. */
	enum Action {
		SIGN_IN, ENGINE_CALL, STAFF_API_CALL
	}

	/** One recorded use. */
	record Entry(long id, String userId, Instant at, String action, String method, String path) {
	}

	private static final int MAX_PATH = 500;

	private final JdbcTemplate jdbc;

	BreakGlassLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(String userId, Action action, String method, String path) {
		String kept = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
		this.jdbc.update(
				"INSERT INTO app_break_glass_log (user_id, occurred_at, action, method, path) VALUES (?, ?, ?, ?, ?)",
				userId, new Timestamp(ClockUtil.getCurrentTime().getTime()), action.name(), method, kept);
	}

	List<Entry> between(Instant from, Instant to, int limit) {
		return this.jdbc.query("""
				SELECT id, user_id, occurred_at, action, method, path FROM app_break_glass_log
				WHERE occurred_at >= ? AND occurred_at < ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY""",
				(rs, row) -> new Entry(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
						rs.getString(5), rs.getString(6)),
				Timestamp.from(from), Timestamp.from(to), limit);
	}

}
