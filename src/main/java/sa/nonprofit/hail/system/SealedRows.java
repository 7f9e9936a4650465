package sa.nonprofit.hail.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Re-seals the rows of a {@link SealedTable} that an older key sealed, after a new one was put first in
 * {@code APP_DATA_KEYS}. A row without a key id is never sealed here: since migration V23 every row the application
 * writes is sealed, so such a row was planted in the database, and it stays counted under {@link #UNSEALED}. One row
 * at a time (a document may be megabytes), each update guarded by the key id it read, so a row rewritten meanwhile
 * (or already re-sealed by another node) is left alone.
 */
@Component
public class SealedRows {

	/** The name plaintext rows are counted under. */
	public static final String UNSEALED = "(unsealed)";

	private static final Logger log = LoggerFactory.getLogger(SealedRows.class);

	private final JdbcTemplate jdbc;

	private final Sealer sealer;

	private final DataKeys keys;

	public SealedRows(JdbcTemplate jdbc, Sealer sealer, DataKeys keys) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.keys = keys;
	}

	/** Rows per key id, the unsealed ones under {@link #UNSEALED}. */
	public Map<String, Long> countByKey(SealedTable table) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.query("SELECT key_id, COUNT(*) FROM " + table.table() + " GROUP BY key_id ORDER BY key_id",
				rs -> {
					counts.put(rs.getString(1) == null ? UNSEALED : rs.getString(1), rs.getLong(2));
				});
		return counts;
	}

	/**
	 * Re-seals up to {@code batch} rows not sealed by the current key (rows under a key no longer configured are
	 * skipped: they cannot be opened).
	 * @return how many rows were re-sealed; 0 when none is left
	 */
	public int resealBatch(SealedTable table, int batch) {
		List<String> older = this.keys.ids().subList(1, this.keys.ids().size());
		if (older.isEmpty()) {
			return 0;
		}
		List<Object> args = new ArrayList<>(older);
		args.add(batch);
		String olderKeys = "key_id IN (" + String.join(", ", Collections.nCopies(older.size(), "?")) + ")";
		int resealed = 0;
		for (List<String> row : rows(this.jdbc, table, olderKeys + " ORDER BY " + String.join(", ", table.rowColumns())
				+ " LIMIT ?", args)) {
			List<String> names = row.subList(0, row.size() - 1);
			try {
				resealed += seal(this.jdbc, table, names, row.get(row.size() - 1));
			}
			catch (UnreadableSealException ex) {
				// an altered row must not stop the others; it stays as it is, for the operator to look into
				log.warn("Not re-sealed: {} {}: {}", table.table(), names, ex.getMessage());
			}
		}
		return resealed;
	}

	/**
	 * The upgrade's one pass (migration V23, built on Flyway's connection): seals every row written in plain text before
	 * sealing existed. Never called afterwards, when a plain row can only have been planted.
	 * @return how many rows were sealed
	 */
	public int sealPlainRows(SealedTable table) {
		int sealed = 0;
		for (List<String> row : rows(this.jdbc, table, "key_id IS NULL", List.of())) {
			sealed += seal(this.jdbc, table, row.subList(0, row.size() - 1), null);
		}
		return sealed;
	}

	private static List<List<String>> rows(JdbcTemplate jdbc, SealedTable table, String condition, List<Object> args) {
		return jdbc.query("SELECT " + String.join(", ", table.rowColumns()) + ", key_id FROM " + table.table()
				+ " WHERE " + condition, (rs, n) -> {
					List<String> row = new ArrayList<>();
					for (int i = 1; i <= table.rowColumns().size() + 1; i++) {
						row.add(rs.getString(i));
					}
					return row;
				}, args.toArray());
	}

	/** Seals one row under the current key: opened from {@code keyId}, or taken as plain text when it is null. */
	private int seal(JdbcTemplate jdbc, SealedTable table, List<String> row, String keyId) {
		String where = table.rowColumns().stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "))
				+ (keyId == null ? " AND key_id IS NULL" : " AND key_id = ?");
		List<Object> whereArgs = new ArrayList<>(row);
		if (keyId != null) {
			whereArgs.add(keyId);
		}
		List<String> columns = Stream.concat(table.textColumns().stream(), table.binaryColumns().stream()).toList();
		List<List<Object>> found = jdbc.query(
				"SELECT " + String.join(", ", columns) + " FROM " + table.table() + " WHERE " + where, (rs, n) -> {
					List<Object> read = new ArrayList<>();
					for (int i = 0; i < columns.size(); i++) {
						String context = table.context(columns.get(i), row);
						if (i < table.textColumns().size()) {
							String stored = rs.getString(i + 1);
							String plain = keyId == null ? stored : this.sealer.openText(keyId, stored, context);
							SealedValue sealed = this.sealer.sealText(plain, context);
							read.add(sealed == null ? null : sealed.text());
						}
						else {
							byte[] stored = rs.getBytes(i + 1);
							byte[] plain = keyId == null ? stored : this.sealer.open(keyId, stored, context);
							read.add(plain == null ? null : this.sealer.seal(plain, context).bytes());
						}
					}
					return read;
				}, whereArgs.toArray());
		if (found.isEmpty()) {
			return 0;
		}
		List<Object> args = new ArrayList<>(found.get(0));
		args.add(this.sealer.currentKeyId());
		args.addAll(whereArgs);
		String set = columns.stream().map(column -> column + " = ?").collect(Collectors.joining(", "));
		return jdbc.update("UPDATE " + table.table() + " SET " + set + ", key_id = ? WHERE " + where, args.toArray());
	}

}
