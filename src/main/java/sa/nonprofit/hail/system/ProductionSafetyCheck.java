package sa.nonprofit.hail.system;

import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;

/**
 * Refuses to start the {@code prod} profile with demo users, without a strong administrator password, or without its
 * own data keys ({@code APP_DATA_KEYS}: missing, malformed or the demo's public one). Runs before any bean exists, so
 * nothing is created in the database by a start that is refused.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor, Ordered {

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Set<String> COMMON_PASSWORDS = Set.of("password", "password123", "admin", "administrator",
			"demo", "camunda", "changeme", "123456789012", "qwertyuiop", "letmein", "welcome");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			throw new UnsafeConfigurationException(
					"The 'prod' and 'demo' profiles are both active: demo users with the password 'demo' would exist in production.",
					"Remove 'demo' from SPRING_PROFILES_ACTIVE.");
		}
		String adminId = environment.getProperty("app.admin.id", "admin");
		String password = environment.getProperty("app.admin.password", "");
		if (password.isBlank()) {
			throw new UnsafeConfigurationException("No administrator password is set for the 'prod' profile.",
					"Set ADMIN_PASSWORD (at least " + MIN_PASSWORD_LENGTH + " characters, not a common word).");
		}
		String weakness = weakness(adminId, password);
		if (weakness != null) {
			throw new UnsafeConfigurationException("The administrator password is weak: " + weakness + ".",
					"Set ADMIN_PASSWORD to at least " + MIN_PASSWORD_LENGTH
							+ " characters mixing letters with digits or symbols, not containing the user id.");
		}
		checkDataKeys(environment.getProperty(DataKeys.PROPERTY, ""));
	}

	/** Production's data keys: present, well formed, and none of them the demo profile's public key. */
	static void checkDataKeys(String keys) {
		if (keys.isBlank()) {
			throw new UnsafeConfigurationException(
					"No data key is set for the 'prod' profile: reporters' contacts, documents and exports would not be"
							+ " sealed at rest.",
					"Set APP_DATA_KEYS to id:key (key: 32 random bytes in Base64, e.g. openssl rand -base64 32), and keep"
							+ " it apart from the database backups.");
		}
		DataKeys configured = DataKeys.parse(keys);
		for (byte[] demoKey : demoKeys()) {
			// the decoded bytes, not the text: the same key can be written with or without its Base64 padding
			if (configured.ids().stream().map(id -> configured.key(id).orElseThrow().getEncoded())
				.anyMatch(key -> MessageDigest.isEqual(key, demoKey))) {
				throw new UnsafeConfigurationException(
						"APP_DATA_KEYS holds the demo profile's key, which is public in the source code.",
						"Generate a key of your own (openssl rand -base64 32) for APP_DATA_KEYS.");
			}
		}
	}

	/** The key material of application-demo.yaml's data keys. */
	private static List<byte[]> demoKeys() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application-demo.yaml"));
		Properties demo = yaml.getObject();
		String spec = demo == null ? null : demo.getProperty(DataKeys.PROPERTY);
		if (spec == null || spec.isBlank()) {
			return List.of();
		}
		DataKeys keys = DataKeys.parse(spec);
		return keys.ids().stream().map(id -> keys.key(id).orElseThrow().getEncoded()).toList();
	}

	/** @return why the password is weak, or null when it is acceptable */
	static String weakness(String userId, String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		if (password.length() < MIN_PASSWORD_LENGTH) {
			return "shorter than " + MIN_PASSWORD_LENGTH + " characters";
		}
		if (COMMON_PASSWORDS.contains(lower)) {
			return "a commonly used password";
		}
		if (!userId.isBlank() && lower.contains(userId.toLowerCase(Locale.ROOT))) {
			return "it contains the user id";
		}
		boolean letters = password.chars().anyMatch(Character::isLetter);
		boolean others = password.chars().anyMatch(c -> !Character.isLetter(c));
		if (!letters || !others) {
			return "it uses only letters or only non-letters";
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
