package sa.nonprofit.hail.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A new, empty database on the shared PostgreSQL 17 server, for tests that need a first start (or their own jobs). */
public final class FreshDatabase {

	private FreshDatabase() {
	}

	/** Creates the database and returns its JDBC URL (user and password postgres). */
	public static String create(String prefix) {
		String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String server = EmbeddedPostgres17.jdbcUrl();
		try (Connection connection = DriverManager.getConnection(server, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return server.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
	}

}
