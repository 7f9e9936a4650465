package sa.nonprofit.hail.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One node of the packaged application (target/*.jar) in a JVM of its own, on profile {@code postgres}, as an operator
 * runs it; the test stops it gracefully (SIGTERM) or kills it (SIGKILL). Extra classes (a test's delegates) come
 * from {@code extraClasses} through Spring Boot's PropertiesLauncher.
 */
public final class ClusterNode implements AutoCloseable {

	private final Process process;

	private final Path log;

	private ClusterNode(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/** Starts a node; {@link #awaitStarted} waits for it. */
	public static ClusterNode start(String name, String jdbcUrl, Path extraClasses, String... args) {
		return start(packagedJar(), List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), name, jdbcUrl, extraClasses, args);
	}

	/** Starts a node of the given jar (a benchmark's baseline release) with the given JVM options. */
	public static ClusterNode start(Path jar, List<String> jvmOptions, String name, String jdbcUrl, Path extraClasses,
			String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-Duser.timezone=Asia/Riyadh", "-Dfile.encoding=UTF-8",
				"-Dloader.path=" + extraClasses, "-cp", jar.toString(),
				"org.springframework.boot.loader.launch.PropertiesLauncher", "--server.port=0",
				"--spring.profiles.active=postgres,demo", "--DB_URL=" + jdbcUrl, "--DB_USER=postgres",
				"--DB_PASSWORD=postgres", "--app.privacy.subject-hash-key=test-only-subject-hash-key-0123456789abcdef",
				"--app.data-keys=test:3BNlkPqk/jGAM4ullxMbHKTtdIX0rVDwSTgyzLbZ/FA=",
				"--app.data-key-rotation.at-start-up=false"));
		command.addAll(List.of(args));
		try {
			Path log = Files.createDirectories(Path.of("target", "cluster-nodes")).resolve(name + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().remove("SPRING_PROFILES_ACTIVE");
			builder.environment().remove("ADMIN_PASSWORD");
			return new ClusterNode(builder.start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until the node has started (its log says so), failing with the log if it ends or takes too long. */
	public ClusterNode awaitStarted(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			String output = output();
			if (output.contains("Started AssociationApplication")) {
				return this;
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The node ended while starting:\n" + output);
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The node did not start within " + timeout + ":\n" + output());
	}

	/** The HTTP port the node listens on (started with server.port=0), from its log. */
	public int port() {
		Matcher matcher = Pattern.compile("Tomcat started on port (\\d+)").matcher(output());
		if (!matcher.find()) {
			throw new IllegalStateException("No port in the node's log:\n" + output());
		}
		return Integer.parseInt(matcher.group(1));
	}

	public long pid() {
		return this.process.pid();
	}

	/** SIGTERM, as a service manager or a rolling upgrade stops a node; waits for the JVM to end. */
	public int stopGracefully(Duration timeout) throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("The node did not stop within " + timeout + ":\n" + output());
		}
		return this.process.exitValue();
	}

	/** SIGKILL: the node dies at once, holding whatever it held. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	public String output() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

	/** The jar this build packaged (target/association-workflows-*.jar). */
	public static Path packagedJar() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(path -> path.getFileName().toString().matches("association-workflows-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No packaged jar in target/: the cluster tests run in 'verify', after 'package'"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
