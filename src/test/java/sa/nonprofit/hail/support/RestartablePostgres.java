package sa.nonprofit.hail.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL 17 server of one test's own, on a fixed data directory and port, that the test stops (pg_ctl's fast
 * shutdown: every session is cut, as in a crash or a restart) and starts again as an operator would.
 */
public final class RestartablePostgres implements AutoCloseable {

	private final Path data;

	private final int port;

	private EmbeddedPostgres server;

	private RestartablePostgres(Path data, int port) {
		this.data = data;
		this.port = port;
	}

	/** A new, empty server under target/{name}, started. */
	public static RestartablePostgres create(String name) {
		Path data = Path.of("target", name, "pgdata");
		try {
			deleteRecursively(data);
			Files.createDirectories(data.getParent());
			try (ServerSocket free = new ServerSocket(0)) {
				RestartablePostgres database = new RestartablePostgres(data, free.getLocalPort());
				free.close();
				database.start();
				return database;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	public synchronized void start() {
		try {
			this.server = EmbeddedPostgres.builder()
				.setDataDirectory(this.data.toFile())
				.setCleanDataDirectory(false)
				.setPort(this.port)
				.setServerConfig("timezone", "Asia/Riyadh")
				.setRegisterShutdownHook(true)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public synchronized void stop() {
		try {
			if (this.server != null) {
				this.server.close();
				this.server = null;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		stop();
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
