package sa.nonprofit.hail.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every {@link StartupSeed} in one transaction that first locks the row {@value #LOCK} of app_scheduled_lock.
 * A node starting while another seeds waits for it, then finds everything in place: each seed reads before it
 * writes, so no group, user, filter, authorization or holiday is written twice, and no start fails on a duplicate.
 * The engine's commands join this transaction (Camunda's Spring integration), so the lock covers them too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupSeeding implements ApplicationRunner {

	static final String LOCK = "startup-seeding";

	private static final Logger log = LoggerFactory.getLogger(StartupSeeding.class);

	private final List<StartupSeed> seeds;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	StartupSeeding(ObjectProvider<StartupSeed> seeds, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.seeds = seeds.orderedStream().toList();
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult(status -> {
			List<String> locked = this.jdbc.queryForList("SELECT name FROM app_scheduled_lock WHERE name = ? FOR UPDATE",
					String.class, LOCK);
			if (locked.isEmpty()) {
				throw new IllegalStateException("app_scheduled_lock has no row '" + LOCK + "' (migration V32)");
			}
			for (StartupSeed seed : this.seeds) {
				seed.seed();
			}
		});
		log.debug("Start-up seeding done: {} steps", this.seeds.size());
	}

}
