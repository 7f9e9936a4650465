package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so the compose file is checked against what the application actually reads. */
class DockerComposeTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

	private static final Set<String> SPRING_OWN = Set.of("SPRING_PROFILES_ACTIVE");

	private static final Path RESOURCES = Path.of("src/main/resources");

	@Test
	void everyVariableTheProductionProfilesRequireIsSet() throws IOException {
		Set<String> required = new HashSet<>();
		for (String file : new String[] { "application.yaml", "application-postgres.yaml", "application-prod.yaml" }) {
			Matcher matcher = PLACEHOLDER.matcher(Files.readString(RESOURCES.resolve(file)));
			while (matcher.find()) {
				if (matcher.group(2) == null) {
					required.add(matcher.group(1));
				}
			}
		}
		required.add("ADMIN_PASSWORD"); // has an empty default, but prod refuses to start without it
		assertThat(appEnvironment().keySet()).containsAll(required);
	}

	@Test
	void everyVariableSetForTheApplicationIsReadByIt() throws IOException {
		Set<String> placeholders = new HashSet<>();
		Set<String> relaxedNames = new HashSet<>();
		try (var files = Files.list(RESOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
				String text = Files.readString(file);
				Matcher matcher = PLACEHOLDER.matcher(text);
				while (matcher.find()) {
					placeholders.add(matcher.group(1));
				}
				flatten("", new Yaml().load(text), relaxedNames);
			}
		}
		for (String variable : appEnvironment().keySet()) {
			boolean read = SPRING_OWN.contains(variable) || placeholders.contains(variable)
					|| relaxedNames.contains(variable.replace("_", ""));
			assertThat(read).as("docker-compose sets %s, which the application never reads", variable).isTrue();
		}
	}

	@Test
	void everySecretTheComposeFileUsesIsInTheExampleEnvFile() throws IOException {
		String compose = Files.readString(Path.of("docker-compose.yml"));
		Set<String> example = new HashSet<>();
		for (String line : Files.readAllLines(Path.of(".env.example"))) {
			if (line.contains("=") && !line.startsWith("#")) {
				example.add(line.substring(0, line.indexOf('=')));
			}
		}
		Matcher matcher = PLACEHOLDER.matcher(compose);
		while (matcher.find()) {
			assertThat(example).as(".env.example").contains(matcher.group(1));
		}
		assertThat(Files.exists(Path.of(".env"))).as("a real .env must never be in the repository").isFalse();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> appEnvironment() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		Map<String, Object> services = (Map<String, Object>) compose.get("services");
		Map<String, Object> app = (Map<String, Object>) services.get("app");
		assertThat(((Map<String, Object>) services.get("db")).get("healthcheck")).isNotNull();
		assertThat((Map<String, Object>) app.get("environment")).containsEntry("SPRING_PROFILES_ACTIVE", "postgres,prod");
		return new LinkedHashMap<>((Map<String, Object>) app.get("environment"));
	}

	@SuppressWarnings("unchecked")
	private static void flatten(String prefix, Object node, Set<String> names) {
		if (node instanceof Map<?, ?> map) {
			for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
				String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
				names.add(key.replace(".", "").replace("-", "").toUpperCase());
				flatten(key, entry.getValue(), names);
			}
		}
	}

}
