package sa.nonprofit.hail.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's history cleanup away from held cases. The engine stamps every history row of a finished instance
 * with a removal time (end + the model's time to live) and its nightly cleanup deletes what is past it; a legal hold
 * clears those stamps, so only the retention purge, which asks about holds, removes the case once the hold is lifted.
 */
@Component
class RemovalTimes {

	private final JdbcTemplate jdbc;

	private volatile List<String> tables;

	RemovalTimes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Clears the removal time of every history row of these (root) instances. */
	int suspend(Collection<String> rootInstanceIds) {
		if (rootInstanceIds.isEmpty()) {
			return 0;
		}
		int rows = 0;
		for (List<String> chunk : Sql.chunks(rootInstanceIds)) {
			for (String table : tables()) {
				rows += this.jdbc.update("UPDATE " + table + " SET REMOVAL_TIME_ = NULL WHERE ROOT_PROC_INST_ID_ IN ("
						+ Sql.marks(chunk.size()) + ") AND REMOVAL_TIME_ IS NOT NULL", chunk.toArray());
			}
		}
		return rows;
	}

	/** The engine's tables with both a removal time and a root instance, as this database names them. */
	private List<String> tables() {
		List<String> known = this.tables;
		if (known == null) {
			known = this.jdbc.execute((ConnectionCallback<List<String>>) RemovalTimes::stampedTables);
			this.tables = known;
		}
		return known;
	}

	private static List<String> stampedTables(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		TreeSet<String> removal = new TreeSet<>();
		TreeSet<String> root = new TreeSet<>();
		try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
			while (columns.next()) {
				String table = columns.getString("TABLE_NAME");
				String column = columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
				if (!table.toUpperCase(Locale.ROOT).startsWith("ACT_")) {
					continue;
				}
				if (column.equals("REMOVAL_TIME_")) {
					removal.add(table);
				}
				else if (column.equals("ROOT_PROC_INST_ID_")) {
					root.add(table);
				}
			}
		}
		removal.retainAll(root);
		return new ArrayList<>(removal);
	}

}
