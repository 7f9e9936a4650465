package sa.nonprofit.hail.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.SealedTable;
import sa.nonprofit.hail.system.SealedValue;
import sa.nonprofit.hail.system.Sealer;

/**
 * Migration V23: seals, with the current data key, every row the sealed tables held in plain text before sealing
 * existed (their {@code key_id} is NULL since V21/V22). It runs once, inside the upgrade, so that afterwards every
 * value is sealed and a row without a key id is refused as planted ({@link Sealer#open}) instead of served.
 * Plain JDBC on Flyway's own connection: the application's JdbcTemplate waits for Flyway.
 */
@Component
class SealRowsWrittenBeforeSealing implements JavaMigration {

	private final Sealer sealer;

	SealRowsWrittenBeforeSealing(Sealer sealer) {
		this.sealer = sealer;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("23");
	}

	@Override
	public String getDescription() {
		return "seal rows written before sealing";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		for (SealedTable table : DataKeyRotation.TABLES) {
			seal(context.getConnection(), table);
		}
	}

	/** Seals the table's plain rows one at a time; returns how many. */
	int seal(Connection connection, SealedTable table) throws SQLException {
		List<List<String>> rows = new ArrayList<>();
		String rowColumns = String.join(", ", table.rowColumns());
		try (PreparedStatement select = connection
			.prepareStatement("SELECT " + rowColumns + " FROM " + table.table() + " WHERE key_id IS NULL");
				ResultSet found = select.executeQuery()) {
			while (found.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= table.rowColumns().size(); i++) {
					row.add(found.getString(i));
				}
				rows.add(row);
			}
		}
		for (List<String> row : rows) {
			sealRow(connection, table, row);
		}
		return rows.size();
	}

	private void sealRow(Connection connection, SealedTable table, List<String> row) throws SQLException {
		String where = table.rowColumns().stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "))
				+ " AND key_id IS NULL";
		List<String> columns = Stream.concat(table.textColumns().stream(), table.binaryColumns().stream()).toList();
		List<Object> sealed = new ArrayList<>();
		try (PreparedStatement read = connection
			.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + table.table() + " WHERE " + where)) {
			bind(read, 1, row);
			try (ResultSet value = read.executeQuery()) {
				if (!value.next()) {
					return;
				}
				for (int i = 0; i < columns.size(); i++) {
					String context = table.context(columns.get(i), row);
					if (i < table.textColumns().size()) {
						SealedValue text = this.sealer.sealText(value.getString(i + 1), context);
						sealed.add(text == null ? null : text.text());
					}
					else {
						byte[] plain = value.getBytes(i + 1);
						sealed.add(plain == null ? null : this.sealer.seal(plain, context).bytes());
					}
				}
			}
		}
		String set = columns.stream().map(column -> column + " = ?").collect(Collectors.joining(", "));
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE " + table.table() + " SET " + set + ", key_id = ? WHERE " + where)) {
			for (int i = 0; i < sealed.size(); i++) {
				update.setObject(i + 1, sealed.get(i));
			}
			update.setString(sealed.size() + 1, this.sealer.currentKeyId());
			bind(update, sealed.size() + 2, row);
			update.executeUpdate();
		}
	}

	private static void bind(PreparedStatement statement, int first, List<String> row) throws SQLException {
		for (int i = 0; i < row.size(); i++) {
			statement.setString(first + i, row.get(i));
		}
	}

}
