package sa.nonprofit.hail.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import sa.nonprofit.hail.support.ClusterNode;
import sa.nonprofit.hail.support.FreshDatabase;

/**
 * Two nodes of the packaged application drain hundreds of deadlines due at once while one of them stops: gracefully
 * (it hands back the jobs it locked, the other takes them at once) or by SIGKILL (the other takes them when the dead
 * node's short lock expires). Every job runs exactly once: one marker row per process instance, none missing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobExecutorFaultIT {

	private static final int JOBS = 300;

	private static String url;

	private static Path extraClasses;

	private static JdbcTemplate jdbc;

	private static ProcessEngine driver;

	private static ClusterNode first;

	private static ClusterNode survivor;

	private static ClusterNode killed;

	@BeforeAll
	static void twoNodes() throws Exception {
		url = FreshDatabase.create("faults");
		extraClasses = Files.createTempDirectory("fault-classes");
		Path delegate = Path.of("target", "test-classes", "sa", "nonprofit", "hail", "cluster", "MarkJob.class");
		Path target = extraClasses.resolve("sa/nonprofit/hail/cluster/MarkJob.class");
		Files.createDirectories(target.getParent());
		Files.copy(delegate, target);
		first = ClusterNode.start("faults-a", url, extraClasses);
		survivor = ClusterNode.start("faults-b", url, extraClasses);
		CompletableFuture.allOf(CompletableFuture.runAsync(() -> started(first)),
				CompletableFuture.runAsync(() -> started(survivor))).join();
		jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
		jdbc.execute("CREATE TABLE fault_marker (instance_id VARCHAR(64) NOT NULL, batch VARCHAR(10) NOT NULL, node BIGINT)");
		// The test's own engine: no job executor, it only deploys the test process and starts its instances.
		driver = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
			.setJdbcUrl(url)
			.setJdbcUsername("postgres")
			.setJdbcPassword("postgres")
			.setJdbcDriver("org.postgresql.Driver")
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.setJobExecutorActivate(false)
			.setProcessEngineName("faultsDriver")
			.buildProcessEngine();
		driver.getRepositoryService().createDeployment().addClasspathResource("cluster/DrainProcess.bpmn").deploy();
	}

	@AfterAll
	static void stopAll() throws Exception {
		for (ClusterNode node : new ClusterNode[] { first, survivor, killed }) {
			if (node != null) {
				node.close();
			}
		}
		if (driver != null) {
			driver.close();
		}
	}

	@Test
	@Order(1)
	void aNodeStoppedGracefullyHandsBackItsJobsAndTheOtherRunsThemAtOnce() throws Exception {
		dueTogether("graceful");
		awaitTrue(Duration.ofSeconds(90), () -> markers("graceful", first.pid()) >= 20);

		// A JVM ended by SIGTERM exits with 128 + 15 once its shutdown hooks (Spring's close) have run.
		assertThat(first.stopGracefully(Duration.ofSeconds(60))).isEqualTo(143);
		assertThat(lockedBy(first.pid())).as("jobs still locked by the stopped node: %s", locks()).isZero();
		assertThat(handedBack(first.output())).as("jobs the stopped node had locked and handed back").isPositive();
		// Its lock time is 5 minutes: only jobs handed back are done by the other node well within this.
		awaitTrue(Duration.ofSeconds(60), () -> markers("graceful", null) >= JOBS);
		assertEachRanOnce("graceful");
	}

	@Test
	@Order(2)
	void aKilledNodesJobsAreRunByTheOtherOnceItsLockExpires() throws Exception {
		killed = started(ClusterNode.start("faults-c", url, extraClasses,
				"--camunda.bpm.job-execution.lock-time-in-millis=" + System.getProperty("faults.lock-time", "15000")));
		dueTogether("killed");
		awaitTrue(Duration.ofSeconds(90), () -> markers("killed", killed.pid()) >= 10);

		killed.kill();
		assertThat(lockedBy(killed.pid())).as("jobs the killed node held").isPositive();
		awaitTrue(Duration.ofSeconds(90), () -> markers("killed", null) >= JOBS);
		assertEachRanOnce("killed");
	}

	/** {@value #JOBS} timers of the test process, all due in the past, released to the job executors at once. */
	private static void dueTogether(String batch) {
		driver.getManagementService().suspendJobDefinitionByProcessDefinitionKey("DrainProcess", true);
		for (int i = 0; i < JOBS; i++) {
			driver.getRuntimeService().startProcessInstanceByKey("DrainProcess", Map.of("batch", batch, "workMillis", 250));
		}
		driver.getManagementService().activateJobDefinitionByProcessDefinitionKey("DrainProcess", true);
	}

	private static void assertEachRanOnce(String batch) {
		String instances = "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_INST_ID_ IN "
				+ "(SELECT PROC_INST_ID_ FROM ACT_HI_VARINST WHERE NAME_ = 'batch' AND TEXT_ = ?)";
		assertThat(jdbc.queryForObject(instances, Long.class, batch)).isEqualTo(JOBS);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fault_marker WHERE batch = ?", Long.class, batch))
			.as("markers").isEqualTo(JOBS);
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT instance_id) FROM fault_marker WHERE batch = ?",
				Long.class, batch)).as("instances marked").isEqualTo(JOBS);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = 'DrainProcess'", Long.class))
			.as("jobs left").isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT WHERE PROC_DEF_ID_ LIKE 'DrainProcess:%'",
				Long.class)).as("incidents").isZero();
	}

	private static long markers(String batch, Long node) {
		return node == null
				? jdbc.queryForObject("SELECT COUNT(*) FROM fault_marker WHERE batch = ?", Long.class, batch)
				: jdbc.queryForObject("SELECT COUNT(*) FROM fault_marker WHERE batch = ? AND node = ?", Long.class,
						batch, node);
	}

	private static long lockedBy(long pid) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ LIKE ? AND LOCK_EXP_TIME_ > CURRENT_TIMESTAMP",
				Long.class, pid + "@%");
	}

	/** The locks as the database holds them, per owner, for a failure's message. */
	private static String locks() {
		return jdbc.queryForList("""
				SELECT LOCK_OWNER_, COUNT(*) AS jobs, MIN(LOCK_EXP_TIME_) AS first_expiry, LOCALTIMESTAMP AS now
				FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL GROUP BY LOCK_OWNER_""").toString();
	}

	private static int handedBack(String log) {
		Matcher matcher = Pattern.compile("(\\d+) jobs handed back").matcher(log);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

	private static ClusterNode started(ClusterNode node) {
		try {
			return node.awaitStarted(Duration.ofMinutes(4));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void awaitTrue(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Not reached within " + timeout + "; survivor's log ends:\n"
						+ tail(survivor.output()));
			}
			Thread.sleep(250);
		}
	}

	private static String tail(String log) {
		return log.substring(Math.max(0, log.length() - 3000));
	}
}
