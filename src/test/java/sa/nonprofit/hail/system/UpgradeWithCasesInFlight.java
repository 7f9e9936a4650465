package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.beneficiary.SatisfactionSurveys;
import sa.nonprofit.hail.privacy.DataSubjectProcess;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.whistleblowing.NewEvidence;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * Cases opened under the last release finish under this one. The released models (test resources {@code released/})
 * are deployed under the same deployment name as the application's own, so they become the latest version, as they
 * were in production; a case of each process is started on them and brought to each of its wait states (every user
 * task, timer, message wait and asynchronous step); then the current models are deployed as a new node's start-up does,
 * the start-up migration runs, and every case is finished the way staff and the public do it: task forms through the
 * engine gateway's "exactly the form's fields" check, asynchronous steps and deadlines as jobs, survey answers and new
 * evidence through the application's services. Run on H2 ({@link UpgradeWithCasesInFlightTest}) and on PostgreSQL 17
 * ({@link UpgradeWithCasesInFlightPostgresIT}), each on the application its test class started.
 */
final class UpgradeWithCasesInFlight {

	/** The release whose models production holds today (see released/README.md). */
	static final String RELEASE = "released/2026-11-26-1bc91da/";

	private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	/** Sunday 6 December 2026, 10:00 in Riyadh: the cases open under the old release. */
	private static final ZonedDateTime OPENED = ZonedDateTime.of(2026, 12, 6, 10, 0, 0, 0, RIYADH);

	private static final Map<String, String> MEMBER_OF = Map.of("beneficiary-relations", "relations1",
			"social-researchers", "researcher1", "research-committee", "committee1", "internal-auditors", "auditor1",
			"violations-committee", "violations1", "board-chair", "chair1", "board-vice-chair", "vicechair1",
			"executive-director", "director1", "data-protection-officer", "dpo1");

	private static final String BR = BeneficiaryProcess.PROCESS_ID;

	private static final String WB = WhistleblowerProcess.PROCESS_ID;

	private static final String DR = DataSubjectProcess.PROCESS_ID;

	/** Where a case is parked before the upgrade, and how it is finished after it. */
	record Parking(String process, String target, Map<String, Object> start, Map<String, List<Map<String, Object>>> script,
			List<String> timersAfterUpgrade, String end) {
	}

	private static Parking park(String process, String target, String end) {
		return new Parking(process, target, Map.of(), Map.of(), List.of(), end);
	}

	private static Parking park(String process, String target, Map<String, List<Map<String, Object>>> script,
			String end) {
		return new Parking(process, target, Map.of(), script, List.of(), end);
	}

	/** Every wait state of the released models, and the end each parked case reaches after the upgrade. */
	static final List<Parking> PARKINGS = List.of(
			// BeneficiaryRequestProcess 1.2.0
			park(BR, "Task_NotifyRequestReceived", "End_Served"),
			park(BR, "Task_VerifyApplication", "End_Served"),
			park(BR, "Task_SocialResearchClarification",
					Map.of("Task_VerifyApplication", List.of(Map.of("verificationOutcome", "NEEDS_CLARIFICATION"))),
					"End_Served"),
			park(BR, "Task_NotifyMissingInformation",
					Map.of("Task_VerifyApplication", List.of(Map.of("verificationOutcome", "INCOMPLETE"))),
					"End_Served"),
			park(BR, "Task_CompleteApplication",
					Map.of("Task_VerifyApplication", List.of(Map.of("verificationOutcome", "INCOMPLETE"))),
					"End_Served"),
			new Parking(BR, "Task_CompleteApplication", Map.of(),
					Map.of("Task_VerifyApplication", List.of(Map.of("verificationOutcome", "INCOMPLETE"))),
					List.of("Timer_CompletionTimeout"), "End_ClosedIncomplete"),
			park(BR, "Task_RecordDeclaration", "End_Served"),
			park(BR, "Task_NotifyReferredToCommittee", "End_Served"),
			new Parking(BR, "Task_CommitteeDecision", Map.of(), Map.of(), List.of("Timer_CommitteeDeadline"),
					"End_Served"),
			park(BR, "Task_NotifyRejected", Map.of("Task_CommitteeDecision", List.of(rejected())), "End_Rejected"),
			park(BR, "Task_NotifyAccepted", "End_Served"),
			park(BR, "Task_CompleteRegistration", "End_Served"),
			park(BR, "Task_DeliverService", "End_Served"),
			park(BR, "Task_SendSurvey", "End_Served"),
			park(BR, "Task_ReceiveSurvey", "End_Served"),
			new Parking(BR, "Task_ReceiveSurvey", Map.of(), Map.of(), List.of("Timer_SurveyTimeout"),
					"End_ServedWithoutSurvey"),
			// WhistleblowerReportProcess 1.2.0
			new Parking(WB, "Task_AcknowledgeReceipt", Map.of(), Map.of(), List.of("Timer_AcknowledgementDeadline"),
					"End_ReportClosed"),
			park(WB, "Task_SendAcknowledgement", "End_ReportClosed"),
			new Parking(WB, "Task_NotifyLeadership", Map.of(), Map.of(), List.of("Timer_LeadershipDeadline"),
					"End_ReportClosed"),
			park(WB, "Task_PreliminaryReview", "End_ReportClosed"),
			park(WB, "Task_AwaitNewEvidence", unjustified(), "End_ReportClosed"),
			new Parking(WB, "Task_AwaitNewEvidence", Map.of(), unjustified(), List.of("Timer_EvidenceWindow"),
					"End_ClosedUnjustified"),
			park(WB, "Task_NotifyNewEvidence", unjustified(), "End_ReportClosed"),
			new Parking(WB, "Task_CommitteeInvestigation", Map.of(), Map.of(), List.of("Timer_InvestigationDeadline"),
					"End_ReportClosed"),
			park(WB, "Task_ChairApproval", "End_ReportClosed"),
			park(WB, "Task_DisciplinaryAction", "End_ReportClosed"),
			park(WB, "Task_ReporterFeedback", Map.of("Task_PreliminaryReview",
					List.of(Map.of("reviewOutcome", "RESOLVED_WITHOUT_INVESTIGATION", "reviewNotes", "عولج دون تحقيق"))),
					"End_ReportClosed"),
			park(WB, "Task_NotifyReporterFeedback", "End_ReportClosed"),
			// DataSubjectRequestProcess 1.0.0
			park(DR, "Task_NotifyDataRequestReceived", "End_DataRequestFulfilled"),
			new Parking(DR, "Task_VerifyIdentity", Map.of(), Map.of(), List.of("Timer_VerifyIdentityDeadline"),
					"End_DataRequestFulfilled"),
			new Parking(DR, "Task_ReviewDataRequest", Map.of(), Map.of(), List.of("Timer_ReviewDeadline"),
					"End_DataRequestFulfilled"),
			park(DR, "Task_NotifyDataRequestExtended", Map.of("Task_ReviewDataRequest",
					List.of(Map.of("dataRequestDecision", "EXTEND", "decisionReason", "جمع البيانات من فروع الجمعية"))),
					"End_DataRequestFulfilled"),
			park(DR, "Task_FulfilDataRequest", "End_DataRequestFulfilled"),
			new Parking(DR, "Task_FulfilDataRequest", Map.of(), Map.of(), List.of("Timer_FulfilDeadline"),
					"End_DataRequestFulfilled"),
			new Parking(DR, "Task_EraseSubjectData", Map.of("requestType", "DESTRUCTION"), Map.of(), List.of(),
					"End_RequesterForgotten"),
			park(DR, "Task_NotifyDataRequestFulfilled", "End_DataRequestFulfilled"),
			new Parking(DR, "Task_ForgetRequester", Map.of("requestType", "DESTRUCTION"), Map.of(), List.of(),
					"End_RequesterForgotten"),
			park(DR, "Task_NotifyDataRequestRefused", Map.of("Task_ReviewDataRequest",
					List.of(Map.of("dataRequestDecision", "REFUSE", "decisionReason", "الطلب متكرر دون سبب"))),
					"End_DataRequestRefused"));

	private static Map<String, Object> rejected() {
		return Map.of("committeeDecision", "REJECTED", "decisionReason", "لا تنطبق شروط البرنامج");
	}

	private static Map<String, List<Map<String, Object>>> unjustified() {
		return Map.of("Task_PreliminaryReview",
				List.of(Map.of("reviewOutcome", "UNJUSTIFIED", "reviewNotes", "لا يوجد ما يثبت البلاغ")));
	}

	/** A case parked under the old release. */
	record Parked(Parking parking, String instanceId) {
	}

	private static final AtomicInteger IDS = new AtomicInteger(700_000);

	private final int port;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final HistoryService history;

	private final JdbcTemplate jdbc;

	private final ProcessUpgrades upgrades;

	private final SatisfactionSurveys surveys;

	private final NewEvidence newEvidence;

	UpgradeWithCasesInFlight(ApplicationContext application, int port) {
		this.port = port;
		this.repository = application.getBean(RepositoryService.class);
		this.runtime = application.getBean(RuntimeService.class);
		this.tasks = application.getBean(TaskService.class);
		this.management = application.getBean(ManagementService.class);
		this.history = application.getBean(HistoryService.class);
		this.jdbc = application.getBean(JdbcTemplate.class);
		this.upgrades = application.getBean(ProcessUpgrades.class);
		this.surveys = application.getBean(SatisfactionSurveys.class);
		this.newEvidence = application.getBean(NewEvidence.class);
	}

	private final ObjectMapper json = new ObjectMapper();

	private Http http;

	/** The whole scenario; the engine clock is the system's again afterwards. */
	void casesOpenedUnderTheLastReleaseFinishUnderThisOne() throws IOException {
		this.http = new Http(this.port);
		ClockUtil.setCurrentTime(Date.from(OPENED.toInstant()));
		Deployment current = applicationDeployment();
		try {
			run(current);
		}
		finally {
			ClockUtil.reset();
			if (!"1.1.0".equals(latest(DR).getVersionTag())) {
				deploy(null, current); // a failed run leaves the database as this release deploys it, for later tests
			}
		}
	}

	/** A model that changed since the release carries a higher version tag (what NewerDatabaseCheck relies on). */
	void changedModelsCarryAHigherVersionTag() throws IOException {
		for (String process : List.of(BR, WB, DR)) {
			byte[] released = new ClassPathResource(RELEASE + "processes/" + process + ".bpmn").getContentAsByteArray();
			byte[] today = new ClassPathResource("processes/" + process + ".bpmn").getContentAsByteArray();
			if (!java.util.Arrays.equals(released, today)) {
				assertThat(NewerDatabaseCheck.compare(tag(today), tag(released))).as("the version tag of %s", process)
					.isPositive();
			}
		}
	}

	private static String tag(byte[] model) {
		return Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(model))
			.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
			.iterator()
			.next()
			.getCamundaVersionTag();
	}

	private void run(Deployment current) throws IOException {
		changedModelsCarryAHigherVersionTag();

		// Production before the upgrade: the released models are the latest versions.
		Deployment released = deploy(RELEASE, current);
		assertThat(latest(DR).getVersionTag()).isEqualTo("1.0.0");
		assertThat(latest(DR).getDeploymentId()).isEqualTo(released.getId());
		assertThat(NewerDatabaseCheck.newerModels(this.jdbc)).as("this release starts on the last one's database")
			.isEmpty();

		List<Parked> parked = new ArrayList<>();
		for (Parking parking : PARKINGS) {
			parked.add(parkCase(parking));
		}
		assertThat(parked).allSatisfy(c -> assertThat(definitionOf(c).getDeploymentId())
			.as("%s parked at %s", c.parking().process(), c.parking().target())
			.isEqualTo(released.getId()));

		// The upgrade: the new release's start-up deploys its models and moves the cases its settings name.
		Deployment upgraded = deploy(null, current);
		assertThat(latest(DR).getVersionTag()).isEqualTo("1.1.0");
		long openDataRequests = parked.stream().filter(c -> c.parking().process().equals(DR)).count();
		assertThat(this.upgrades.migrate(DR)).isEqualTo((int) openDataRequests);
		for (Parked c : parked) {
			String expected = c.parking().process().equals(DR) ? upgraded.getId() : released.getId();
			assertThat(definitionOf(c).getDeploymentId())
				.as("%s at %s after the upgrade", c.parking().process(), c.parking().target())
				.isEqualTo(expected);
		}

		// A task of the old release still takes exactly its own form's fields, and nothing else.
		Parked verify = parked.stream().filter(c -> c.parking().target().equals("Task_VerifyApplication")).findFirst()
			.orElseThrow();
		Task verifyTask = openTasks(verify.instanceId()).get(0);
		HttpResponse<String> foreign = complete(verifyTask, Map.of("verificationOutcome", "VERIFIED", "exportReady", true));
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(foreign.body()).contains("exportReady");

		for (Parked c : parked) {
			finish(c);
		}
		for (Parked c : parked) {
			assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(c.instanceId()).singleResult()
				.getEndTime())
				.as("%s parked at %s has ended", c.parking().process(), c.parking().target())
				.isNotNull();
			assertThat(this.history.createHistoricActivityInstanceQuery()
				.processInstanceId(c.instanceId())
				.activityId(c.parking().end())
				.count()).as("%s parked at %s ended at %s", c.parking().process(), c.parking().target(),
						c.parking().end())
				.isEqualTo(1);
			assertThat(this.management.createJobQuery().processInstanceId(c.instanceId()).withException().count())
				.isZero();
		}

		// An access request fulfilled after the upgrade keeps its export, as one opened under this release does.
		for (Parked c : parked) {
			if (c.parking().process().equals(DR) && c.parking().target().equals("Task_FulfilDataRequest")) {
				String number = businessKey(c);
				assertThat(this.jdbc.queryForObject(
						"SELECT COUNT(*) FROM app_data_request_export WHERE request_number = ?", Integer.class, number))
					.as("the export of %s", number)
					.isEqualTo(1);
			}
		}
	}

	// --- the deployments ---

	/** The deployment the application made at start-up from processes/ and forms/. */
	private Deployment applicationDeployment() {
		String deploymentId = latest(BR).getDeploymentId();
		return this.repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
	}

	/**
	 * Deploys as a node's start-up does: under the application's deployment name, every resource of the application's
	 * deployment, read from {@code release} (the ones that release had) or, for null, from today's class path.
	 */
	private Deployment deploy(String release, Deployment application) throws IOException {
		DeploymentBuilder builder = this.repository.createDeployment().name(application.getName()).source(
				release == null ? "upgrade test: this release" : "upgrade test: " + release);
		for (String name : this.repository.getDeploymentResourceNames(application.getId())) {
			String file = name.substring(name.lastIndexOf('/') + 1);
			String folder = file.endsWith(".bpmn") ? "processes/" : "forms/";
			ClassPathResource resource = new ClassPathResource((release == null ? "" : release) + folder + file);
			if (resource.exists()) {
				try (InputStream in = resource.getInputStream()) {
					builder.addInputStream(name, new java.io.ByteArrayInputStream(in.readAllBytes()));
				}
			}
		}
		return builder.deploy();
	}

	private ProcessDefinition latest(String key) {
		return this.repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
	}

	private ProcessDefinition definitionOf(Parked c) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery().processInstanceId(c.instanceId())
			.singleResult();
		return this.repository.getProcessDefinition(instance.getProcessDefinitionId());
	}

	// --- driving a case ---

	private Parked parkCase(Parking parking) {
		String instanceId = start(parking);
		Map<String, Deque<Map<String, Object>>> script = new HashMap<>();
		parking.script().forEach((task, answers) -> script.put(task, new ArrayDeque<>(answers)));
		for (int step = 0; step < 60; step++) {
			if (isAt(instanceId, parking.target())) {
				return new Parked(parking, instanceId);
			}
			if (!step(instanceId, script)) {
				fail("%s never reached %s; it waits at %s", parking.process(), parking.target(),
						this.runtime.getActiveActivityIds(instanceId));
			}
		}
		return fail("%s did not reach %s in 60 steps", parking.process(), parking.target());
	}

	private void finish(Parked c) {
		for (String timer : c.parking().timersAfterUpgrade()) {
			Job job = this.management.createJobQuery().processInstanceId(c.instanceId()).activityId(timer).timers()
				.singleResult();
			assertThat(job).as("the timer %s of a case at %s", timer, c.parking().target()).isNotNull();
			ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 60_000));
			this.management.executeJob(job.getId());
		}
		Map<String, Deque<Map<String, Object>>> none = new HashMap<>();
		for (int step = 0; step < 60; step++) {
			if (this.runtime.createProcessInstanceQuery().processInstanceId(c.instanceId()).count() == 0) {
				return;
			}
			if (!step(c.instanceId(), none)) {
				fail("%s parked at %s is stuck at %s after the upgrade", c.parking().process(), c.parking().target(),
						this.runtime.getActiveActivityIds(c.instanceId()));
			}
		}
		fail("%s parked at %s did not end in 60 steps", c.parking().process(), c.parking().target());
	}

	private boolean isAt(String instanceId, String activityId) {
		return this.runtime.getActiveActivityIds(instanceId).contains(activityId)
				|| this.management.createJobQuery().processInstanceId(instanceId).activityId(activityId).messages()
					.count() > 0;
	}

	/** One move of a case: an asynchronous step run, a task completed by its group, or a message from outside. */
	private boolean step(String instanceId, Map<String, Deque<Map<String, Object>>> script) {
		Job job = this.management.createJobQuery().processInstanceId(instanceId).messages().executable().list().stream()
			.findFirst().orElse(null);
		if (job != null) {
			this.management.executeJob(job.getId());
			return true;
		}
		List<Task> open = openTasks(instanceId);
		if (!open.isEmpty()) {
			Task task = open.get(0);
			Deque<Map<String, Object>> scripted = script.get(task.getTaskDefinitionKey());
			Map<String, Object> answer = scripted != null && !scripted.isEmpty() ? scripted.poll()
					: answer(task);
			if (answer.isEmpty()) {
				answer = answer(task);
			}
			HttpResponse<String> done = complete(task, answer);
			assertThat(done.statusCode()).as("%s completed: %s", task.getTaskDefinitionKey(), done.body())
				.isEqualTo(204);
			return true;
		}
		List<String> waiting = this.runtime.getActiveActivityIds(instanceId);
		if (waiting.contains("Task_ReceiveSurvey")) {
			this.surveys.answer((String) this.runtime.getVariable(instanceId, BeneficiaryProcess.Variables.SURVEY_TOKEN),
					4, "خدمة جيدة");
			return true;
		}
		if (waiting.contains("Task_AwaitNewEvidence")) {
			return this.newEvidence.submit(businessKeyOf(instanceId), "وثيقة جديدة تؤيد البلاغ");
		}
		return false;
	}

	private List<Task> openTasks(String instanceId) {
		return this.tasks.createTaskQuery().processInstanceId(instanceId).active().orderByTaskCreateTime().asc().list();
	}

	/** What staff enter in each form on the main path; scripts change the first answer where a path turns. */
	private Map<String, Object> answer(Task task) {
		String instance = task.getProcessInstanceId();
		return switch (task.getTaskDefinitionKey()) {
			case "Task_VerifyApplication" -> Map.of("verificationOutcome", "VERIFIED", "verificationNotes", "مكتمل");
			case "Task_SocialResearchClarification" -> Map.of("clarificationNotes", "شُرحت الإجراءات للمتقدم");
			case "Task_CompleteApplication" -> {
				Map<String, Object> fields = new LinkedHashMap<>();
				for (String field : List.of("applicantName", "nationalId", "mobile", "channel", "supportType",
						"requestDetails")) {
					fields.put(field, this.runtime.getVariable(instance, field));
				}
				yield fields;
			}
			case "Task_RecordDeclaration" -> Map.of("declarationSigned", true, "declarationMethod",
					"HANDWRITTEN_SIGNATURE");
			case "Task_CommitteeDecision" -> Map.of("committeeDecision", "ACCEPTED");
			case "Task_CompleteRegistration" -> Map.of("beneficiaryFileNumber", "F-" + IDS.incrementAndGet());
			case "Task_DeliverService" -> Map.of("serviceDelivered", "جلستا استشارة تغذوية");
			case "Task_AcknowledgeReceipt" -> Map.of("acknowledgementMethod", "PHONE");
			case "Task_NotifyLeadership" -> Map.of("leadershipBriefing", "أُبلغ الرئيس والمسؤول التنفيذي");
			case "Task_PreliminaryReview" -> Map.of("reviewOutcome", "INVESTIGATE", "reviewNotes", "يحتاج إلى تحقيق");
			case "Task_CommitteeInvestigation" -> Map.of("committeeFindings", "ثبتت المخالفة", "committeeRecommendation",
					"إنذار كتابي");
			case "Task_ChairApproval" -> Map.of("chairDecision", "APPROVED");
			case "Task_DisciplinaryAction" -> Map.of("disciplinaryMeasures", "وُجّه إنذار كتابي");
			case "Task_ReporterFeedback" -> Map.of("reporterFeedback", "عولج بلاغك واتُّخذ الإجراء المناسب");
			case "Task_VerifyIdentity" -> Map.of("identityVerified", true, "verificationMethod",
					"ID_DOCUMENT_IN_PERSON");
			case "Task_ReviewDataRequest" -> Map.of("dataRequestDecision", "FULFIL");
			case "Task_FulfilDataRequest" -> "DESTRUCTION".equals(this.runtime.getVariable(instance, "requestType"))
					? Map.of("erasureConfirmed", true, "fulfilmentNotes", "أُتلفت البيانات")
					: Map.of("exportReady", true, "fulfilmentNotes", "راجعت الملف");
			default -> throw new IllegalStateException("No answer for " + task.getTaskDefinitionKey());
		};
	}

	/** Starts a case as staff do in Tasklist, with the start form of the latest (released) version. */
	private String start(Parking parking) {
		String nationalId = nextNationalId();
		Map<String, Object> fields = new LinkedHashMap<>(switch (parking.process()) {
			case BR -> Map.of("applicantName", "سارة أحمد", "nationalId", nationalId, "mobile", "0551234567", "channel",
					"INTERVIEW", "supportType", "NUTRITION_CONSULTATION", "requestDetails", "أحتاج استشارة تغذوية");
			case WB -> Map.of("channel", "PHONE", "category", "FINANCIAL", "accusedRole", "EMPLOYEE", "description",
					"صرف مبالغ دون مستندات");
			case DR -> Map.of("channel", "IN_PERSON", "requestType", "ACCESS", "nationalId", nationalId, "mobile",
					"0551234567");
			default -> throw new IllegalStateException(parking.process());
		});
		fields.putAll(parking.start());
		String starter = switch (parking.process()) {
			case BR -> "relations1";
			case WB -> "auditor1";
			default -> "dpo1";
		};
		HttpResponse<String> started = this.http.postJson("/engine-rest/process-definition/key/" + parking.process()
				+ "/start", body(fields), starter, "demo");
		assertThat(started.statusCode()).as("%s started: %s", parking.process(), started.body()).isEqualTo(200);
		try {
			return this.json.readTree(started.body()).path("id").asText();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Completes a task over the engine REST API as a member of its candidate group, as Tasklist does. */
	private HttpResponse<String> complete(Task task, Map<String, Object> fields) {
		String user = this.tasks.getIdentityLinksForTask(task.getId()).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.map(MEMBER_OF::get)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo user works " + task.getTaskDefinitionKey()));
		return this.http.postJson("/engine-rest/task/" + task.getId() + "/complete", body(fields), user, "demo");
	}

	private String body(Map<String, Object> fields) {
		ObjectNode variables = this.json.createObjectNode();
		fields.forEach((name, value) -> {
			ObjectNode variable = variables.putObject(name);
			if (value instanceof Boolean flag) {
				variable.put("value", flag).put("type", "Boolean");
			}
			else {
				variable.put("value", String.valueOf(value)).put("type", "String");
			}
		});
		ObjectNode body = this.json.createObjectNode();
		body.set("variables", variables);
		return body.toString();
	}

	private String businessKey(Parked c) {
		return this.history.createHistoricProcessInstanceQuery().processInstanceId(c.instanceId()).singleResult()
			.getBusinessKey();
	}

	private String businessKeyOf(String instanceId) {
		return this.runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey();
	}

	/** A national ID of this test's own that passes the check digit (Luhn), new for every case. */
	static String nextNationalId() {
		String body = "1" + String.format("%08d", IDS.incrementAndGet());
		for (int check = 0; check <= 9; check++) {
			if (SaudiIdentifiers.isValidNationalId(body + check)) {
				return body + check;
			}
		}
		throw new IllegalStateException("No check digit for " + body);
	}

}
