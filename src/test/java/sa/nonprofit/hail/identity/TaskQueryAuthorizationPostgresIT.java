package sa.nonprofit.hail.identity;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sa.nonprofit.hail.support.PostgresApplicationTest;

/** The per-task check against the engine's join, on PostgreSQL 17 (production's database). */
@PostgresApplicationTest
class TaskQueryAuthorizationPostgresIT extends TaskQueryAuthorizationComparison {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresApplicationTest.Base.database(registry);
	}

}
