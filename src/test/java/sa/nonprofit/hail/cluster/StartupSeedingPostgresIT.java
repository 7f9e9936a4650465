package sa.nonprofit.hail.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.AssociationApplication;
import sa.nonprofit.hail.support.FreshDatabase;

/**
 * Two nodes starting at the same moment on an empty PostgreSQL database: both start, and every group, user,
 * membership, Tasklist filter, authorization and holiday exists once.
 */
class StartupSeedingPostgresIT {

	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	@AfterEach
	void stop() {
		this.nodes.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void twoNodesStartingTogetherOnAnEmptyDatabaseBothStartAndSeedEachRowOnce() throws Exception {
		String url = FreshDatabase.create("seeding");
		CyclicBarrier together = new CyclicBarrier(2);
		CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture
			.supplyAsync(() -> start(url, "seedingA", together));
		CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture
			.supplyAsync(() -> start(url, "seedingB", together));
		CompletableFuture.allOf(first, second).exceptionally(ex -> null).get(4, TimeUnit.MINUTES);
		for (CompletableFuture<ConfigurableApplicationContext> node : List.of(first, second)) {
			if (!node.isCompletedExceptionally()) {
				this.nodes.add(node.get());
			}
		}
		assertThat(first).as("first node started").isCompletedWithValueMatching(ConfigurableApplicationContext::isActive);
		assertThat(second).as("second node started").isCompletedWithValueMatching(ConfigurableApplicationContext::isActive);

		JdbcTemplate jdbc = this.nodes.get(0).getBean(JdbcTemplate.class);
		Map<String, String> duplicates = Map.of(
				"groups", "SELECT ID_ FROM ACT_ID_GROUP GROUP BY ID_ HAVING COUNT(*) > 1",
				"memberships", "SELECT USER_ID_ FROM ACT_ID_MEMBERSHIP GROUP BY USER_ID_, GROUP_ID_ HAVING COUNT(*) > 1",
				"filters", "SELECT NAME_ FROM ACT_RU_FILTER GROUP BY NAME_ HAVING COUNT(*) > 1",
				"authorizations", """
						SELECT GROUP_ID_ FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ IS NOT NULL
						GROUP BY TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_ HAVING COUNT(*) > 1""",
				"record versions", "SELECT content_hash FROM app_processing_record GROUP BY content_hash HAVING COUNT(*) > 1",
				"seeded years", "SELECT seeded_year FROM app_holiday_seeded_year GROUP BY seeded_year HAVING COUNT(*) > 1");
		duplicates.forEach((what, sql) -> assertThat(jdbc.queryForList(sql)).as("duplicate " + what).isEmpty());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_FILTER", Integer.class)).isPositive();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = 'relations1'", Integer.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_holiday WHERE holiday_date = DATE '2026-09-23'",
				Integer.class)).isEqualTo(1);
	}

	private static ConfigurableApplicationContext start(String url, String engine, CyclicBarrier together) {
		try {
			together.await(1, TimeUnit.MINUTES);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return new SpringApplicationBuilder(AssociationApplication.class).profiles("test", "postgres", "demo")
			.run("--server.port=0", "--spring.datasource.url=" + url, "--DB_URL=" + url, "--DB_USER=postgres",
					"--DB_PASSWORD=postgres", "--camunda.bpm.process-engine-name=" + engine);
	}

}
