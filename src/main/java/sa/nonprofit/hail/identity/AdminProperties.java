package sa.nonprofit.hail.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator, from the environment (ADMIN_USER, ADMIN_PASSWORD); never a password in the repository. */
@ConfigurationProperties("app.admin")
public record AdminProperties(String id, String password) {

	public boolean hasPassword() {
		return this.password != null && !this.password.isBlank();
	}

}
