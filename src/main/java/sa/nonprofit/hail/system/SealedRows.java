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
		String rowColumns = String.join(", ", table.rowColumns());
		if (older.isEmpty()) {
			return 0;
		}
		String olderKeys = "key_id IN (" + String.join(", ", Collections.nCopies(older.size(), "?")) + ")";
		List<Object> args = new ArrayList<>(older);
		args.add(batch);
		List<List<String>> rows = this.jdbc.query("SELECT " + rowColumns + ", key_id FROM " + table.table()
				+ " WHERE " + olderKeys + " ORDER BY " + rowColumns + " LIMIT ?", (rs, n) -> {
					List<String> row = new ArrayList<>();
					for (int i = 1; i <= table.rowColumns().size() + 1; i++) {
						row.add(rs.getString(i));
					}
					return row;
				}, args.toArray());
		int resealed = 0;
		for (List<String> row : rows) {
			List<String> names = row.subList(0, row.size() - 1);
			try {
				resealed += reseal(table, names, row.get(row.size() - 1));
			}
			catch (UnreadableSealException ex) {
				// an altered row must not stop the others; it stays as it is, for the operator to look into
				log.warn("Not re-sealed: {} {}: {}", table.table(), names, ex.getMessage());
			}
		}
		return resealed;
	}

	private int reseal(SealedTable table, List<String> row, String keyId) {
		String where = table.rowColumns().stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "));
		List<String> columns = Stream.concat(table.textColumns().stream(), table.binaryColumns().stream()).toList();
		List<Object> values = this.jdbc.queryForObject(
				"SELECT " + String.join(", ", columns) + " FROM " + table.table() + " WHERE " + where, (rs, n) -> {
					List<Object> read = new ArrayList<>();
					for (int i = 0; i < columns.size(); i++) {
						String column = columns.get(i);
						String context = table.context(column, row);
						if (i < table.textColumns().size()) {
							String plain = this.sealer.openText(keyId, rs.getString(i + 1), context);
							SealedValue sealed = this.sealer.sealText(plain, context);
							read.add(sealed == null ? null : sealed.text());
						}
						else {
							byte[] plain = this.sealer.open(keyId, rs.getBytes(i + 1), context);
							read.add(plain == null ? null : this.sealer.seal(plain, context).bytes());
						}
					}
					return read;
				}, row.toArray());
		List<Object> args = new ArrayList<>(values);
		args.add(this.sealer.currentKeyId());
		args.addAll(row);
		args.add(keyId);
		String set = columns.stream().map(column -> column + " = ?").collect(Collectors.joining(", "));
		return this.jdbc.update("UPDATE " + table.table() + " SET " + set + ", key_id = ? WHERE " + where + " AND key_id = ?",
				args.toArray());
	}

}
