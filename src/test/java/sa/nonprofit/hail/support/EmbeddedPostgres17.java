package sa.nonprofit.hail.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One real PostgreSQL 17 server per test JVM, started on first use from the Maven-provided binaries. */
public final class EmbeddedPostgres17 {

	private static EmbeddedPostgres server;

	private EmbeddedPostgres17() {
	}

	public static synchronized String jdbcUrl() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().setServerConfig("timezone", "Asia/Riyadh").start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ignored) {
					// the JVM is ending anyway
				}
			}));
		}
		return server.getJdbcUrl("postgres", "postgres");
	}

}
