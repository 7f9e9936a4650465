package sa.nonprofit.hail.identity;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

	/** One recorded use (no sequence number: a reader kept from some entries must not see the gaps). */
	record Entry(String userId, Instant at, String action, String method, String path) {
	}

	private static final int MAX_PATH = 2000;

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Body members that name what a call is about: ids of instances, tasks, definitions, and business keys. */
	private static final Pattern NAMING = Pattern.compile("(?i).*(id|ids|idin|businesskey|businesskeyin|businesskeylike)$");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	BreakGlassLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(String userId, Action action, String method, String path) {
		String kept = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
		this.jdbc.update(
				"INSERT INTO app_break_glass_log (user_id, occurred_at, action, method, path) VALUES (?, ?, ?, ?, ?)",
				userId, Timestamp.from(this.clock.instant()), action.name(), method, kept);
	}

	/**
	 * What a call touched, so the chair can tell which report was opened: the path with its query, and the ids a JSON
	 * body names (never the body's other values, which may be a report's content).
	 */
	static String target(HttpServletRequest request, byte[] body) {
		String target = RequestPaths.of(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		if (body.length == 0) {
			return target;
		}
		try {
			JsonNode json = JSON.readTree(body);
			Map<String, String> named = new TreeMap<>();
			collect(json, named);
			return named.isEmpty() ? target : target + " " + named;
		}
		catch (IOException notJson) {
			return target + " (" + body.length + " bytes)";
		}
	}

	private static void collect(JsonNode node, Map<String, String> named) {
		if (node == null) {
			return;
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> field = it.next();
			JsonNode value = field.getValue();
			if (NAMING.matcher(field.getKey()).matches() && (value.isValueNode() || value.isArray())) {
				named.merge(field.getKey(), value.toString(), (a, b) -> a + "," + b);
			}
			else if (value.isContainerNode()) {
				collect(value, named);
			}
		}
		if (node.isArray()) {
			node.forEach(element -> collect(element, named));
		}
	}

	List<Entry> between(Instant from, Instant to, int limit) {
		return this.jdbc.query("""
				SELECT id, user_id, occurred_at, action, method, path FROM app_break_glass_log
				WHERE occurred_at >= ? AND occurred_at < ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY""",
				(rs, row) -> new Entry(rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
						rs.getString(5), rs.getString(6)),
				Timestamp.from(from), Timestamp.from(to), limit);
	}

}
