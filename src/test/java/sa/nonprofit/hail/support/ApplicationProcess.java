package sa.nonprofit.hail.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import sa.nonprofit.hail.AssociationApplication;

/** Starts the application in a JVM of its own, as an operator would, to observe its exit code and output. */
public final class ApplicationProcess {

	/** What the process printed and how it ended. */
	public record Result(int exitCode, String output) {
	}

	private ApplicationProcess() {
	}

	public static Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		return runMain(AssociationApplication.class, environment, args);
	}

	/** Runs {@code mainClass} from the test class path with the application's defaults for tests. */
	public static Result runMain(Class<?> mainClass, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Duser.timezone=Asia/Riyadh");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass.getName());
		command.add("--server.port=0");
		if (List.of(args).stream().noneMatch(arg -> arg.startsWith("--spring.datasource.url="))) {
			command.add("--spring.datasource.url=jdbc:h2:mem:refused;DB_CLOSE_DELAY=-1");
		}
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove("ADMIN_PASSWORD");
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		builder.environment().putAll(environment);
		Process process = builder.start();
		boolean ended = process.waitFor(120, TimeUnit.SECONDS);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!ended) {
			process.destroyForcibly();
			throw new IllegalStateException("The application did not stop within 120 s:\n" + output);
		}
		return new Result(process.exitValue(), output);
	}

}
