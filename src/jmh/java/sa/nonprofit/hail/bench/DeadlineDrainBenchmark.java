package sa.nonprofit.hail.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import sa.nonprofit.hail.support.ClusterNode;
import sa.nonprofit.hail.support.FreshDatabase;

/**
 * Thousands of deadlines due at the same moment on two nodes of the packaged application on one PostgreSQL 17: the
 * time from their release to the last one run, and how many ran twice, with this application's job-execution
 * settings and with the Camunda Spring Boot starter's defaults, in alternating rounds (ABBA) on the same database.
 * Each job is the fault tests' timer process (cluster/DrainProcess.bpmn): its delegate (cluster/MarkJob) works a few
 * milliseconds and writes a marker row naming the node, in the job's own transaction, so a marker is a committed run.
 * Run: {@code ./mvnw -o -Pbench test-compile exec:exec -Dbench=DeadlineDrainBenchmark} after {@code package}
 * (the nodes run target/*.jar); DRAIN_JOBS, DRAIN_ROUNDS (per settings), DRAIN_WORK_MILLIS change the drill;
 * DRAIN_OURS_ARGS adds settings to ours (e.g. {@code --camunda.bpm.job-execution.max-pool-size=8}) to try them.
 */
public final class DeadlineDrainBenchmark {

	static final int JOBS = BenchOutput.env("DRAIN_JOBS", 10_000);

	static final int ROUNDS = BenchOutput.env("DRAIN_ROUNDS", 2);

	static final int WORK_MILLIS = BenchOutput.env("DRAIN_WORK_MILLIS", 5);

	static final Duration TIMEOUT = Duration.ofSeconds(BenchOutput.env("DRAIN_TIMEOUT_SECONDS", 300));

	/** The node's JVM as in production (the Dockerfile's: default JIT), with a fixed heap. */
	static final List<String> JVM = List.of("-Xmx768m");

	/**
	 * Every job-execution property back to Camunda 7.24's defaults: the starter's JobExecutionProperty (3 core
	 * threads, 10 at most, a queue of 3) and, for what the starter leaves unset, the engine's JobExecutor (3 jobs per
	 * acquisition, wait 5 s growing by 2 up to 60 s, no backoff, backoff decrease threshold 100, lock 5 minutes) and
	 * ProcessEngineConfigurationImpl (jobs not acquired by due date, timers not preferred).
	 */
	static final List<String> STARTER_DEFAULTS = List.of("--camunda.bpm.job-execution.core-pool-size=3",
			"--camunda.bpm.job-execution.max-pool-size=10", "--camunda.bpm.job-execution.queue-capacity=3",
			"--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
			"--camunda.bpm.job-execution.wait-time-in-millis=5000", "--camunda.bpm.job-execution.max-wait=60000",
			"--camunda.bpm.job-execution.wait-increase-factor=2", "--camunda.bpm.job-execution.backoff-time-in-millis=0",
			"--camunda.bpm.job-execution.max-backoff=0", "--camunda.bpm.job-execution.backoff-decrease-threshold=100",
			"--camunda.bpm.job-execution.lock-time-in-millis=300000",
			"--camunda.bpm.generic-properties.properties.job-executor-acquire-by-due-date=false",
			"--camunda.bpm.generic-properties.properties.job-executor-prefer-timer-jobs=false");

	private DeadlineDrainBenchmark() {
	}

	record Round(String settings, int number, double pickupSeconds, double drainSeconds, double totalSeconds,
			double p50, double p95, long markers, long instances, long ranTwice, String perNode, long lockFailures) {
	}

	public static void main(String[] args) throws Exception {
		BenchOutput out = new BenchOutput("deadline-drain");
		out.line("Deadline drain: %d timers due at once, 2 nodes (%s), one PostgreSQL 17, %d ms of work per job", JOBS,
				ClusterNode.packagedJar().getFileName(), WORK_MILLIS);
		out.line("starter defaults = %s", String.join(" ", STARTER_DEFAULTS));
		out.line("ours = application.yaml%s", OURS_TRIED.isEmpty() ? "" : " with " + String.join(" ", OURS_TRIED));
		String url = FreshDatabase.create("drain");
		Path extraClasses = markJobClasses();
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(url, "postgres", "postgres", true));
		ProcessEngine driver = null;
		List<Round> rounds = new ArrayList<>();
		try {
			for (int i = 0; i < 2 * ROUNDS; i++) {
				// ABBA: ours, defaults, defaults, ours, ...: history grows from round to round, evenly for both.
				boolean ours = (i % 4 == 0) || (i % 4 == 3);
				String settings = ours ? "ours" : "defaults";
				String batch = settings + "-" + (i + 1);
				List<ClusterNode> nodes = List.of(start(batch + "-a", url, extraClasses, ours),
						start(batch + "-b", url, extraClasses, ours));
				try {
					CompletableFuture.allOf(nodes.stream()
						.map(node -> CompletableFuture.runAsync(() -> started(node)))
						.toArray(CompletableFuture[]::new)).join();
					if (driver == null) {
						driver = driver(url);
						jdbc.execute("""
								CREATE TABLE fault_marker (instance_id VARCHAR(64) NOT NULL, batch VARCHAR(20) NOT NULL,
								node BIGINT, at TIMESTAMP NOT NULL DEFAULT clock_timestamp())""");
						driver.getRepositoryService().createDeployment().addClasspathResource("cluster/DrainProcess.bpmn").deploy();
					}
					long seedStart = System.nanoTime();
					seed(driver, batch);
					out.line("round %d (%s): seeded %d suspended timers in %.1f s; nodes idle since their start", i + 1,
							settings, JOBS, (System.nanoTime() - seedStart) / 1e9);
					Round round = drain(jdbc, driver, settings, i + 1, batch, nodes);
					rounds.add(round);
					out.line("round %d (%s): release→first %.1f s, first→last %.1f s, release→last %.1f s "
							+ "(per job release→run p50 %.1f s, p95 %.1f s); markers %d, instances %d, ran twice %d, "
							+ "per node %s, optimistic-lock failures logged %d", round.number(), settings,
							round.pickupSeconds(), round.drainSeconds(), round.totalSeconds(), round.p50(), round.p95(),
							round.markers(), round.instances(), round.ranTwice(), round.perNode(), round.lockFailures());
				}
				finally {
					CompletableFuture.allOf(nodes.stream()
						.map(node -> CompletableFuture.runAsync(() -> stop(node)))
						.toArray(CompletableFuture[]::new)).join();
				}
			}
		}
		finally {
			if (driver != null) {
				driver.close();
			}
		}
		for (String settings : List.of("ours", "defaults")) {
			List<Round> mine = rounds.stream().filter(round -> round.settings().equals(settings)).toList();
			out.line("%s: release→last %s s (median %.1f), first→last %s s (median %.1f), ran twice %s", settings,
					mine.stream().map(r -> String.format("%.1f", r.totalSeconds())).toList(),
					median(mine.stream().map(Round::totalSeconds).toList()),
					mine.stream().map(r -> String.format("%.1f", r.drainSeconds())).toList(),
					median(mine.stream().map(Round::drainSeconds).toList()),
					mine.stream().map(Round::ranTwice).toList());
		}
		boolean allChecked = rounds.stream().allMatch(r -> r.instances() == JOBS && r.markers() >= JOBS);
		out.line("every round ended all %d instances with a marker each: %s (aim: release→last under 30 s, 0 ran twice)",
				JOBS, allChecked);
		if (!allChecked) {
			throw new IllegalStateException("A round did not finish every instance: " + rounds);
		}
	}

	/** Settings tried on top of ours (space-separated Spring arguments), to compare a change before it is made. */
	static final List<String> OURS_TRIED = List.of(BenchOutput.env("DRAIN_OURS_ARGS", "").split(" ")).stream()
		.filter(arg -> !arg.isBlank())
		.toList();

	private static ClusterNode start(String name, String url, Path extraClasses, boolean ours) {
		String[] args = (ours ? OURS_TRIED : STARTER_DEFAULTS).toArray(String[]::new);
		return ClusterNode.start(ClusterNode.packagedJar(), JVM, "drain-" + name, url, extraClasses, args);
	}

	/** {@link #JOBS} instances of the timer process, their timers due long ago but suspended until the release. */
	private static void seed(ProcessEngine driver, String batch) throws Exception {
		driver.getManagementService().suspendJobDefinitionByProcessDefinitionKey("DrainProcess", true);
		ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) driver.getProcessEngineConfiguration();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		AtomicInteger left = new AtomicInteger(JOBS);
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			futures.add(pool.submit(() -> {
				// Starts share one transaction per 200 (nested service calls join the command's context): one
				// commit and one batched flush instead of 200, so seeding takes seconds, not minutes.
				while (left.get() > 0) {
					config.getCommandExecutorTxRequired().execute(context -> {
						for (int i = 0; i < 200 && left.getAndDecrement() > 0; i++) {
							driver.getRuntimeService()
								.startProcessInstanceByKey("DrainProcess", Map.of("batch", batch, "workMillis", WORK_MILLIS));
						}
						return null;
					});
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
	}

	private static Round drain(JdbcTemplate jdbc, ProcessEngine driver, String settings, int number, String batch,
			List<ClusterNode> nodes) throws InterruptedException {
		driver.getManagementService().activateJobDefinitionByProcessDefinitionKey("DrainProcess", true);
		Timestamp released = jdbc.queryForObject("SELECT clock_timestamp()::timestamp", Timestamp.class);
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (markers(jdbc, batch) < JOBS || jobsLeft(jdbc) > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Round " + number + " not drained within " + TIMEOUT + ": "
						+ markers(jdbc, batch) + " markers, " + jobsLeft(jdbc) + " jobs left");
			}
			Thread.sleep(200);
		}
		List<Double> seconds = jdbc.queryForList(
				"SELECT EXTRACT(EPOCH FROM (at - CAST(? AS TIMESTAMP)))::float8 FROM fault_marker WHERE batch = ? ORDER BY at", Double.class,
				released, batch);
		long instances = jdbc.queryForObject("""
				SELECT COUNT(*) FROM ACT_HI_PROCINST P WHERE P.END_TIME_ IS NOT NULL AND P.PROC_INST_ID_ IN
				(SELECT PROC_INST_ID_ FROM ACT_HI_VARINST WHERE NAME_ = 'batch' AND TEXT_ = ?)""", Long.class, batch);
		long distinct = jdbc.queryForObject("SELECT COUNT(DISTINCT instance_id) FROM fault_marker WHERE batch = ?",
				Long.class, batch);
		long incidents = jdbc.queryForObject(
				"SELECT COUNT(*) FROM ACT_RU_INCIDENT WHERE PROC_DEF_ID_ LIKE 'DrainProcess:%'", Long.class);
		if (incidents > 0) {
			throw new IllegalStateException("Round " + number + " left " + incidents + " incidents");
		}
		String perNode = jdbc.queryForList(
				"SELECT node, COUNT(*) AS n FROM fault_marker WHERE batch = ? GROUP BY node ORDER BY node", batch)
			.stream()
			.map(row -> row.get("n").toString())
			.toList()
			.toString();
		long lockFailures = nodes.stream()
			.mapToLong(node -> node.output().lines().filter(line -> line.contains("OptimisticLockingException")).count())
			.sum();
		double first = seconds.get(0);
		double last = seconds.get(seconds.size() - 1);
		return new Round(settings, number, first, last - first, last, BenchOutput.quantile(seconds, 0.5),
				BenchOutput.quantile(seconds, 0.95), seconds.size(), instances, seconds.size() - distinct, perNode,
				lockFailures);
	}

	private static long markers(JdbcTemplate jdbc, String batch) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM fault_marker WHERE batch = ?", Long.class, batch);
	}

	private static long jobsLeft(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = 'DrainProcess'", Long.class);
	}

	/** The benchmark's own engine: no job executor; it deploys the process, starts instances and releases them. */
	private static ProcessEngine driver(String url) {
		return ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
			.setJdbcUrl(url)
			.setJdbcUsername("postgres")
			.setJdbcPassword("postgres")
			.setJdbcDriver("org.postgresql.Driver")
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.setJobExecutorActivate(false)
			.setProcessEngineName("drainDriver")
			.buildProcessEngine();
	}

	/** The marker delegate, loaded into the nodes from outside the jar as in the fault tests. */
	private static Path markJobClasses() throws Exception {
		Path classes = Files.createTempDirectory("drain-classes");
		Path target = classes.resolve("sa/nonprofit/hail/cluster/MarkJob.class");
		Files.createDirectories(target.getParent());
		Files.copy(Path.of("target", "test-classes", "sa", "nonprofit", "hail", "cluster", "MarkJob.class"), target);
		return classes;
	}

	private static void started(ClusterNode node) {
		try {
			node.awaitStarted(Duration.ofMinutes(BenchOutput.env("BENCH_START_MINUTES", 8)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void stop(ClusterNode node) {
		try {
			node.stopGracefully(Duration.ofSeconds(60));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IllegalStateException ex) {
			try {
				node.kill();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static double median(List<Double> values) {
		return BenchOutput.quantile(values.stream().sorted().toList(), 0.5);
	}

}
