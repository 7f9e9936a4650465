package sa.nonprofit.hail.privacy;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.DataKeys;
import sa.nonprofit.hail.system.SealedRows;
import sa.nonprofit.hail.system.SealedTable;
import sa.nonprofit.hail.system.Sealer;

/**
 * Migration V23: seals, with the current data key, every row the sealed tables held in plain text before sealing
 * existed (their {@code key_id} is NULL since V21/V22). It runs once, inside the upgrade, so that afterwards every
 * value is sealed and a row without a key id is refused as planted ({@code Sealer.open}) instead of served.
 * It writes on Flyway's own connection, with no bean that touches the database: those wait for Flyway.
 */
@Component
class SealRowsWrittenBeforeSealing implements JavaMigration {

	private final Sealer sealer;

	private final DataKeys keys;

	SealRowsWrittenBeforeSealing(Sealer sealer, DataKeys keys) {
		this.sealer = sealer;
		this.keys = keys;
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
	public void migrate(Context context) {
		JdbcTemplate upgrade = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		for (SealedTable table : DataKeyRotation.TABLES) {
			seal(upgrade, table);
		}
	}

	/** Seals the table's plain rows through {@code jdbc}; returns how many. */
	int seal(JdbcTemplate jdbc, SealedTable table) {
		return new SealedRows(jdbc, this.sealer, this.keys).sealPlainRows(table);
	}

}
