package sa.nonprofit.hail.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import sa.nonprofit.hail.AssociationApplication;
import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.beneficiary.SatisfactionSurveys;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/**
 * Happy-path lifecycles per second of BeneficiaryRequestProcess on an embedded PostgreSQL 17 through the Java API with
 * 4 client threads, against a copy of the same BPMN whose delegates and listeners are stripped (same shape, no-op
 * steps). The asynchronous steps run on the job executor, as in production; the rounds alternate which copy goes
 * first. Raw output: {@code bench/results/<date>-lifecycle.txt}. Run:
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench=BeneficiaryThroughputBenchmark}.
 */
public final class BeneficiaryThroughputBenchmark {

	static final String STRIPPED_ID = BeneficiaryProcess.PROCESS_ID + "Stripped";

	static final int THREADS = 4;

	static final int WARMUP_PER_THREAD = 25;

	static final int MEASURED_PER_THREAD = 100;

	static final int ROUNDS = 3;

	private BeneficiaryThroughputBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			ConfigurableApplicationContext context = new SpringApplicationBuilder(AssociationApplication.class)
				.profiles("postgres", "demo")
				.properties("DB_URL=" + url, "DB_USER=postgres", "DB_PASSWORD=postgres", "server.port=0",
						"logging.level.root=WARN",
						"spring.datasource.hikari.maximum-pool-size=12")
				.run();
			try {
				ProcessEngine engine = context.getBean(ProcessEngine.class);
				deployStripped(engine.getRepositoryService());
				// The asynchronous steps (receipts, notices) run on the job executor, as in production.
				Lifecycle lifecycle = new Lifecycle(engine, context.getBean(SatisfactionSurveys.class), true);
				run(lifecycle, true, WARMUP_PER_THREAD);
				run(lifecycle, false, WARMUP_PER_THREAD);
				List<Double> realRounds = new ArrayList<>();
				List<Double> strippedRounds = new ArrayList<>();
				for (int round = 0; round < ROUNDS; round++) {
					// The order alternates, so that neither copy always runs on a warmer (or more cluttered) engine.
					boolean realFirst = round % 2 == 0;
					for (boolean real : realFirst ? new boolean[] { true, false } : new boolean[] { false, true }) {
						(real ? realRounds : strippedRounds).add(run(lifecycle, real, MEASURED_PER_THREAD));
					}
				}
				double realMedian = median(realRounds);
				double strippedMedian = median(strippedRounds);
				BenchOutput out = new BenchOutput("lifecycle");
				out.line("BeneficiaryRequestProcess happy path, %d threads, PostgreSQL 17 (%d x %d lifecycles per round), %d cores, Java %s",
						THREADS, THREADS, MEASURED_PER_THREAD, Runtime.getRuntime().availableProcessors(),
						System.getProperty("java.version"));
				out.line("rounds alternate which copy goes first (real first in round 1); asynchronous steps on the job executor");
				out.line("  real process:     %s lifecycles/s, median %.1f", realRounds, realMedian);
				out.line("  stripped process: %s lifecycles/s, median %.1f", strippedRounds, strippedMedian);
				out.line("  ratio real/stripped: %.2f (aim >= 0.8)", realMedian / strippedMedian);
			}
			finally {
				context.close();
			}
		}
	}

	private static double run(Lifecycle lifecycle, boolean real, int perThread) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		AtomicInteger ids = new AtomicInteger(real ? 1000 : 500_000);
		long started = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			futures.add(pool.submit(() -> {
				for (int i = 0; i < perThread; i++) {
					lifecycle.run(real, ids.incrementAndGet());
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - started) / 1e9;
		return Math.round(THREADS * perThread / seconds * 10) / 10.0;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/** The same BPMN with every delegate a no-op expression, no listeners, no due dates: the engine's own cost. */
	static void deployStripped(RepositoryService repository) throws Exception {
		String xml = new String(new ClassPathResource("processes/BeneficiaryRequestProcess.bpmn").getInputStream()
			.readAllBytes(), StandardCharsets.UTF_8);
		String stripped = xml.replace("id=\"" + BeneficiaryProcess.PROCESS_ID + "\"", "id=\"" + STRIPPED_ID + "\"")
			.replace("bpmnElement=\"" + BeneficiaryProcess.PROCESS_ID + "\"", "bpmnElement=\"" + STRIPPED_ID + "\"")
			.replaceAll("camunda:delegateExpression=\"\\$\\{[A-Za-z]+}\"", "camunda:expression=\"\\${true}\"")
			.replaceAll("<camunda:(execution|task)Listener [^>]*/>", "")
			.replaceAll("camunda:dueDate=\"[^\"]*\"", "")
			.replaceAll(">\\$\\{[A-Za-z.()]+}</bpmn:timeDate>", ">2099-01-01T00:00:00</bpmn:timeDate>");
		repository.createDeployment().name("benchmark").addString(STRIPPED_ID + ".bpmn", stripped).deploy();
	}

	/** One request from arrival to the satisfaction answer, as staff and the applicant would drive it. */
	static final class Lifecycle {

		private final RuntimeService runtime;

		private final TaskService tasks;

		private final ManagementService management;

		private final SatisfactionSurveys surveys;

		private final boolean jobExecutor;

		/** {@code jobExecutor}: wait for the running job executor to do each asynchronous step, else run it here. */
		Lifecycle(ProcessEngine engine, SatisfactionSurveys surveys, boolean jobExecutor) {
			this.jobExecutor = jobExecutor;
			this.runtime = engine.getRuntimeService();
			this.tasks = engine.getTaskService();
			this.management = engine.getManagementService();
			this.surveys = surveys;
		}

		void run(boolean real, int n) {
			String id = start(real, n);
			complete(id, Map.of("verificationOutcome", "VERIFIED"));
			complete(id, Map.of("declarationSigned", true, "declarationMethod", "HANDWRITTEN_SIGNATURE"));
			executeJob(id);
			complete(id, Map.of("committeeDecision", "ACCEPTED", "decisionReason", "مقبول"));
			executeJob(id);
			complete(id, Map.of("beneficiaryFileNumber", "F-" + n));
			complete(id, Map.of("serviceDelivered", "استشارة"));
			executeJob(id);
			if (real) {
				this.surveys.answer((String) this.runtime.getVariable(id, "surveyToken"), 5, "");
			}
			else {
				this.runtime.createMessageCorrelation(BeneficiaryProcess.MSG_SURVEY_ANSWERED)
					.processInstanceId(id)
					.setVariable("surveyScore", 5)
					.correlate();
			}
		}

		/** A request received and acknowledged: it waits for the relations officer's check. */
		String start(boolean real, int n) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("applicantName", "متقدم " + n);
			variables.put("nationalId", nationalId(n));
			variables.put("mobile", "05" + String.format("%08d", n % 100_000_000));
			variables.put("channel", "WEBSITE");
			variables.put("supportType", "AWARENESS");
			variables.put("requestDetails", "طلب رقم " + n);
			variables.put("applicationValid", true);
			String id = this.runtime
				.startProcessInstanceByKey(real ? BeneficiaryProcess.PROCESS_ID : STRIPPED_ID, variables)
				.getId();
			executeJob(id);
			return id;
		}

		private void complete(String processInstanceId, Map<String, Object> variables) {
			Task task = this.tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
			this.tasks.complete(task.getId(), variables);
		}

		private void executeJob(String processInstanceId) {
			if (this.jobExecutor) {
				awaitNoJob(processInstanceId);
				return;
			}
			Job job = this.management.createJobQuery().processInstanceId(processInstanceId).executable().singleResult();
			this.management.executeJob(job.getId());
		}

		private void awaitNoJob(String processInstanceId) {
			long deadline = System.nanoTime() + 30_000_000_000L;
			while (this.management.createJobQuery().processInstanceId(processInstanceId).executable().count() > 0) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("the job executor left " + processInstanceId + "'s step undone");
				}
				try {
					Thread.sleep(2);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
		}

		/** A valid, distinct national ID per lifecycle, so the duplicate check has work but finds none. */
		static String nationalId(int n) {
			String base = "1" + String.format("%08d", n);
			for (int check = 0; check < 10; check++) {
				if (SaudiIdentifiers.isValidNationalId(base + check)) {
					return base + check;
				}
			}
			throw new IllegalStateException();
		}

	}

}
