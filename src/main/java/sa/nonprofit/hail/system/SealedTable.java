package sa.nonprofit.hail.system;

import java.util.List;

/**
 * A table whose personal data is sealed ({@link Sealer}): the columns that name a row (bound into every seal, so a
 * value cannot move to another row), the sealed text columns (Base64) and binary columns, and its {@code key_id}
 * column naming the key that sealed the row (NULL: written before sealing existed).
 */
public record SealedTable(String table, List<String> rowColumns, List<String> textColumns,
		List<String> binaryColumns) {

	/** The associated data binding one column of one row: {@code table.column|value1|value2}. */
	public String context(String column, List<String> row) {
		return this.table + "." + column + "|" + String.join("|", row);
	}

	/** As {@link #context(String, List)} for a table named by one column. */
	public String context(String column, String row) {
		return context(column, List.of(row));
	}

}
