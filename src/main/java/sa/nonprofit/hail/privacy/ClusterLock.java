package sa.nonprofit.hail.privacy;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One run of a nightly job across the cluster: every node's scheduler fires, the first to move the job's next run
 * forward in one UPDATE runs it, the others find nothing to update. A node that dies mid-run only delays the job to
 * the next night.
 */
@Component
class ClusterLock {

	private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

	private final JdbcTemplate jdbc;

	ClusterLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether this node takes the job {@code name} now; if so, no node takes it again for {@code quiet}. */
	boolean acquire(String name, Instant now, Duration quiet) {
		return this.jdbc.update("""
				UPDATE app_scheduled_lock SET next_run = ?, locked_by = ? WHERE name = ? AND next_run <= ?""",
				Timestamp.from(now.plus(quiet)), NODE, name, Timestamp.from(now)) == 1;
	}

	/** Hands the job {@code name} back at once, when this node took it and finished before its quiet time ran out. */
	void release(String name, Instant now) {
		this.jdbc.update("UPDATE app_scheduled_lock SET next_run = ?, locked_by = NULL WHERE name = ? AND locked_by = ?",
				Timestamp.from(now), name, NODE);
	}

}
