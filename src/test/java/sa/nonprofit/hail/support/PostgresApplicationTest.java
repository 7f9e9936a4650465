package sa.nonprofit.hail.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real PostgreSQL 17 (profile {@code postgres}), with demo users and no job executor.
 * Test classes using it extend {@link PostgresApplicationTest.Base}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "postgres", "demo" })
@Import(TestClock.Configuration.class)
public @interface PostgresApplicationTest {

	/** Supplies the database connection of the shared embedded server. */
	abstract class Base {

		@DynamicPropertySource
		public static void database(DynamicPropertyRegistry registry) {
			registry.add("DB_URL", EmbeddedPostgres17::jdbcUrl);
			registry.add("DB_USER", () -> "postgres");
			registry.add("DB_PASSWORD", () -> "postgres");
			registry.add("spring.datasource.url", EmbeddedPostgres17::jdbcUrl);
		}

	}

}
