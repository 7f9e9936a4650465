package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import sa.nonprofit.hail.support.ApplicationProcess;
import sa.nonprofit.hail.support.ApplicationProcess.Result;

/** Unsafe or impossible configurations stop the start with a clear message and a non-zero exit code. */
class StartupRefusalTest {

	@Test
	void prodRefusesTheDemoProfile() throws Exception {
		Result result = ApplicationProcess.run(Map.of("ADMIN_PASSWORD", "Str0ng-enough-pass"),
				"--spring.profiles.active=prod,demo");
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("Refusing to start: The 'prod' and 'demo' profiles are both active")
			.contains("Remove 'demo' from SPRING_PROFILES_ACTIVE");
	}

	@Test
	void prodRefusesToStartWithoutAnAdminPassword() throws Exception {
		Result result = ApplicationProcess.run(Map.of(), "--spring.profiles.active=prod");
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("Refusing to start: No administrator password is set")
			.contains("Set ADMIN_PASSWORD");
	}

	@Test
	void prodRefusesToStartWithoutADataKey() throws Exception {
		Result result = ApplicationProcess.run(Map.of("ADMIN_PASSWORD", "Str0ng-enough-pass"),
				"--spring.profiles.active=prod");
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("Refusing to start: No data key is set for the 'prod' profile")
			.contains("Set APP_DATA_KEYS");
	}

	@Test
	void prodRefusesAWeakAdminPassword() throws Exception {
		Result result = ApplicationProcess.run(Map.of("ADMIN_PASSWORD", "password"), "--spring.profiles.active=prod");
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("Refusing to start: The administrator password is weak");
	}

	/**
	 * Fast by construction, not by a stopwatch (a loaded machine starts a JVM slowly): the start stops at the first
	 * refused connection, so no connection timeout is ever waited for.
	 */
	@Test
	void anUnreachableDatabaseStopsAtTheFirstRefusalNamingItsUrl() throws Exception {
		String url = "jdbc:postgresql://127.0.0.1:9/association";
		Result result = ApplicationProcess.run(Map.of("DB_URL", url, "DB_USER", "nobody", "DB_PASSWORD", "x"),
				"--spring.profiles.active=postgres", "--spring.datasource.url=" + url);
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("Cannot reach the database at " + url + ": Connection to 127.0.0.1:9 refused")
			.contains("Check that the database server is running")
			.doesNotContain("Connection is not available, request timed out");
	}

}
