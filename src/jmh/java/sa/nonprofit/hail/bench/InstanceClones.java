package sa.nonprofit.hail.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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

	/**
	 * Runs the copying with the copied tables' secondary indexes dropped, and builds them again after: one index build
	 * instead of millions of index inserts (a 100,000-instance seed did not finish in 10 minutes with them in place).
	 */
	<T> T withoutSecondaryIndexes(java.util.function.Supplier<T> copying) {
		List<String> tables = concat(HISTORY, concat(RUNTIME, List.of("act_ru_authorization")));
		String in = tables.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
		List<Map<String, Object>> indexes = this.jdbc.queryForList("""
				SELECT i.indexname, i.indexdef FROM pg_indexes i
				WHERE i.schemaname = current_schema() AND i.tablename IN (%s)
				  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""".formatted(in));
		for (Map<String, Object> index : indexes) {
			this.jdbc.execute("DROP INDEX " + index.get("indexname"));
		}
		try {
			return copying.get();
		}
		finally {
			for (Map<String, Object> index : indexes) {
				this.jdbc.execute((String) index.get("indexdef"));
			}
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

	/** The template rows once into a table of their own, then copies from it a chunk at a time (one transaction each). */
	private long insert(String table, String where, int copies, Duration step) {
		List<String[]> columns = this.jdbc.query(
				"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
				(rs, row) -> new String[] { rs.getString(1), rs.getString(2) }, table);
		String names = columns.stream().map(c -> c[0]).collect(Collectors.joining(", "));
		String values = columns.stream().map(c -> renewed(c[0], c[1], step)).collect(Collectors.joining(", "));
		String source = "bench_src_" + table;
		this.jdbc.execute("DROP TABLE IF EXISTS " + source);
		this.jdbc.execute("CREATE TABLE " + source + " AS SELECT * FROM " + table + " WHERE " + where);
		long rows = 0;
		for (int first = 1; first <= copies; first += CHUNK) {
			rows += this.jdbc.update("INSERT INTO " + table + " (" + names + ") SELECT " + values + " FROM " + source
					+ ", generate_series(?, ?) g", first, Math.min(copies, first + CHUNK - 1));
		}
		this.jdbc.execute("DROP TABLE " + source);
		return rows;
	}

	/** Copies per INSERT: a few hundred thousand rows each. */
	private static final int CHUNK = 500;

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
