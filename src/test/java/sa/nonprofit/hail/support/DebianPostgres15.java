package sa.nonprofit.hail.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL 15 server of Debian's (/usr/lib/postgresql/15/bin), started by a test in a data directory of its own,
 * because Debian 12's pg_dump and pg_restore are version 15 and refuse to dump a newer server. Run as the system user
 * {@code postgres} when the test runs as root (the server refuses root). Skipped, with the reason, where it is not
 * installed, unless {@code BACKUP_TESTS_REQUIRED=true} (CI), where that fails the test.
 */
public final class DebianPostgres15 implements AutoCloseable {

	static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

	private final Path data;

	private final int port;

	private DebianPostgres15(Path data, int port) {
		this.data = data;
		this.port = port;
	}

	public static void assumeInstalled() {
		boolean installed = List.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore")
			.stream()
			.allMatch(tool -> Files.isExecutable(BIN.resolve(tool)));
		String missing = "Backup tests need PostgreSQL 15 and its client tools: sudo apt-get install -y postgresql-15 "
				+ "postgresql-client-15";
		if ("true".equals(System.getenv("BACKUP_TESTS_REQUIRED")) && !installed) {
			throw new IllegalStateException(missing);
		}
		Assumptions.assumeTrue(installed, missing);
	}

	/** initdb into a new directory and pg_ctl start on a free port (user postgres, no password, 127.0.0.1 only). */
	public static DebianPostgres15 start() throws IOException, InterruptedException {
		Path directory = Files.createTempDirectory("pg15-backup");
		Path data = directory.resolve("data");
		if (runningAsRoot()) {
			run(List.of("chown", "postgres:postgres", directory.toString()));
		}
		run(asServerUser(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
				"--auth=trust", "-E", "UTF8", "--no-locale")));
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		run(asServerUser(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
				directory.resolve("server.log").toString(), "-w", "-o",
				"-p " + port + " -c listen_addresses=127.0.0.1 -k " + directory + " -c timezone=Asia/Riyadh", "start")));
		return new DebianPostgres15(data, port);
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/** Runs one of the client tools (pg_dump, pg_restore) against this server, as user postgres over TCP. */
	public String tool(String name, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(BIN.resolve(name).toString(), "-h", "127.0.0.1", "-p",
				String.valueOf(this.port), "-U", "postgres"));
		command.addAll(List.of(arguments));
		return run(command);
	}

	@Override
	public void close() throws IOException, InterruptedException {
		run(asServerUser(List.of(BIN.resolve("pg_ctl").toString(), "-D", this.data.toString(), "-m", "fast", "-w",
				"stop")));
		run(List.of("rm", "-rf", this.data.getParent().toString()));
	}

	private static List<String> asServerUser(List<String> command) {
		if (!runningAsRoot()) {
			return command;
		}
		List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		asPostgres.addAll(command);
		return asPostgres;
	}

	private static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}

}
