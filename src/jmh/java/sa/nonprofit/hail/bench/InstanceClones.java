package sa.nonprofit.hail.bench;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies real process instances many times over in SQL, on PostgreSQL: every row the engine wrote for them (history,
 * and for open instances the runtime rows and per-instance and per-task authorizations) is inserted again with its
 * ids renewed and its times moved back by a step per copy. The copies are therefore exactly what the engine writes —
 * the same variables, activity instances, tasks, identity links and grants as the real instances — only many more,
 * spread over time. Jobs and event subscriptions of open instances are not copied (the benchmarks run no job
 * executor).
 */
final class InstanceClones {

	private static final List<String> HISTORY = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
			"act_hi_varinst", "act_hi_detail", "act_hi_identitylink");

	/** In foreign-key order. */
	private static final List<String> RUNTIME = List.of("act_ru_execution", "act_ru_task", "act_ru_identitylink",
			"act_ru_variable");

	/** Columns holding ids of rows that are copied along: renewed in each copy. */
	private static final Set<String> IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
			"parent_id_", "super_exec_", "task_id_", "act_inst_id_", "parent_act_inst_id_", "parent_task_id_",
			"var_inst_id_", "var_scope_", "resource_id_", "super_process_instance_id_", "proc_inst_id");

	private final JdbcTemplate jdbc;

	InstanceClones(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		jdbc.execute("CREATE TABLE IF NOT EXISTS bench_template (id VARCHAR(64) PRIMARY KEY, batch VARCHAR(20))");
	}

	/** Marks instances as templates of a batch. */
	void template(String batch, List<String> processInstanceIds) {
		for (String id : processInstanceIds) {
			this.jdbc.update("INSERT INTO bench_template (id, batch) VALUES (?, ?)", id, batch);
		}
	}

	/**
	 * {@code copies} copies of the batch's instances, copy g moved back by g × {@code step}; open instances bring their
	 * runtime rows and grants. Returns the rows written.
	 */
	long copy(String batch, int copies, Duration step, boolean open) {
		long rows = 0;
		String instances = "SELECT id FROM bench_template WHERE batch = '" + batch + "'";
		String tasks = "SELECT id_ FROM act_hi_taskinst WHERE proc_inst_id_ IN (" + instances + ")";
		for (String table : open ? concat(HISTORY, RUNTIME) : HISTORY) {
			List<String> columns = this.jdbc.queryForList(
					"SELECT column_name FROM information_schema.columns WHERE table_name = ?", String.class, table);
			// Identity links name their task (runtime) or root instance (history), not their instance.
			String where = columns.contains("proc_inst_id_") ? "proc_inst_id_ IN (" + instances + ")"
					: columns.contains("root_proc_inst_id_") ? "root_proc_inst_id_ IN (" + instances + ")"
							: "task_id_ IN (" + tasks + ")";
			rows += insert(table, where, copies, step);
		}
		// Grants on the instance and on its tasks (the engine's per-task ones, the routing's per-report ones).
		rows += insert("act_ru_authorization", "resource_id_ IN (" + instances + " UNION " + tasks + ")", copies, step);
		return rows;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

	private long insert(String table, String where, int copies, Duration step) {
		List<String[]> columns = this.jdbc.query(
				"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
				(rs, row) -> new String[] { rs.getString(1), rs.getString(2) }, table);
		String names = columns.stream().map(c -> c[0]).collect(Collectors.joining(", "));
		String values = columns.stream().map(c -> renewed(c[0], c[1], step)).collect(Collectors.joining(", "));
		return this.jdbc.update("INSERT INTO " + table + " (" + names + ") SELECT " + values + " FROM " + table
				+ ", generate_series(1, ?) g WHERE " + where, copies);
	}

	/**
	 * An id keeps its head (unique per row: UUIDs differ in their first part) and gets the copy's number, with the top
	 * bit set so that it differs from the node part the engine's ids end with, as its last eight characters; a business key gets the copy's number appended; a time moves back by g steps.
	 */
	private static String renewed(String column, String type, Duration step) {
		if (IDS.contains(column)) {
			return "CASE WHEN " + column + " IS NULL OR length(" + column + ") < 16 THEN " + column + " ELSE left("
					+ column + ", length(" + column + ") - 8) || to_hex(2147483648 + g) END";
		}
		if (column.equals("business_key_")) {
			return "CASE WHEN business_key_ IS NULL THEN NULL ELSE business_key_ || '~' || g END";
		}
		if (type.startsWith("timestamp")) {
			return column + " - g * interval '" + step.toSeconds() + " seconds'";
		}
		return column;
	}

}
