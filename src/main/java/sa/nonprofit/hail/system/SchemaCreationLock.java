package sa.nonprofit.hail.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the process engine on one node at a time on PostgreSQL: on an empty database the engine creates its tables
 * at start-up, and two nodes doing it together fail one of them (duplicate type or table). A session advisory lock,
 * held on a connection of its own from before the engine is built until after, makes the second node wait and then
 * find the schema in place. H2 (one node, a file of its own) needs none.
 */
@Component
class SchemaCreationLock extends AbstractProcessEnginePlugin {

	/** Any number fixed for this application; PostgreSQL's advisory locks are named by numbers. */
	static final long KEY = 0x48_61_69_6C_2D_31_39L;

	private static final Logger log = LoggerFactory.getLogger(SchemaCreationLock.class);

	private final DataSource dataSource;

	private Connection held;

	SchemaCreationLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		try {
			Connection connection = this.dataSource.getConnection();
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				connection.close();
				return;
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
			}
			this.held = connection;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not take the schema lock", ex);
		}
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		if (this.held == null) {
			return;
		}
		try (Connection connection = this.held; Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException ex) {
			// Closing the connection ends the session, and its lock with it.
			log.warn("Schema lock: unlock failed, released with its connection", ex);
		}
		finally {
			this.held = null;
		}
	}

}
