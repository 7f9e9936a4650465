package sa.nonprofit.hail.system;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile with demo users or without a strong administrator password. Runs before
 * any bean exists, so nothing is created in the database by a start that is refused.
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
