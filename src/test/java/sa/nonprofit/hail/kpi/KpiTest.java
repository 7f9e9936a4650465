package sa.nonprofit.hail.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import sa.nonprofit.hail.support.Browser;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.TestClock;

/**
 * Known requests and reports in March 2031, driven through the engine with its clock, then every figure asserted
 * exactly. A database and engine of its own, so no other test's instances count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.process-engine-name=kpiTests",
				"spring.datasource.url=jdbc:h2:mem:kpi-test;DB_CLOSE_DELAY=-1" })
@ActiveProfiles({ "test", "demo" })
@Import(TestClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiTest {

	private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	private static final String MARCH = "/api/kpi?from=2031-03-01&to=2031-03-31";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	/** The application's clock: the figures count what is overdue as of its "now". */
	@Autowired
	TestClock clock;

	Http http;

	final ObjectMapper json = new ObjectMapper();

	@BeforeAll
	void seed() {
		this.http = new Http(this.port);
		// BR1: decided in 4 days, accepted, served, rated 5 with a comment.
		at("2031-03-01T10:00");
		String br1 = request("1000007011", "INTERVIEW", true);
		at("2031-03-05T10:00");
		decide(br1, "ACCEPTED");
		serve(br1, 5, "ممتاز");
		// BR2: decided after 18 days (deadline missed), rejected.
		at("2031-03-02T10:00");
		String br2 = request("1000007029", "PHONE", true);
		at("2031-03-20T10:00");
		decide(br2, "REJECTED");
		// BR3: still with the committee, overdue by April.
		at("2031-03-03T10:00");
		request("1000007037", "WEBSITE", true);
		// BR4: incomplete, waiting for the applicant.
		at("2031-03-04T10:00");
		String br4 = this.runtime.startProcessInstanceByKey("BeneficiaryRequestProcess",
				application("1000007045", "LETTER", "")).getId();
		runJobs(br4);
		// BR5: decided in one day, served, rated 3 without a comment.
		at("2031-03-05T10:00");
		String br5 = request("1000007052", "INTERVIEW", true);
		at("2031-03-06T10:00");
		decide(br5, "ACCEPTED");
		serve(br5, 3, "");
		// WB1: acknowledged in 2 days, leadership informed after 10 days (missed), under investigation.
		at("2031-03-10T10:00");
		String wb1 = report("PHONE");
		at("2031-03-12T10:00");
		complete(wb1, "Task_AcknowledgeReceipt", Map.of("acknowledgementMethod", "PHONE"));
		runJobs(wb1);
		at("2031-03-20T10:00");
		complete(wb1, "Task_NotifyLeadership", Map.of("leadershipBriefing", "تم"));
		complete(wb1, "Task_PreliminaryReview", Map.of("reviewOutcome", "INVESTIGATE"));
		// WB2: from the website, leadership not yet informed (overdue by April).
		at("2031-03-11T10:00");
		report("WEBSITE");
		at("2031-04-01T10:00");
	}

	@AfterAll
	void resetClock() {
		ClockUtil.reset();
		this.clock.reset();
	}

	@Test
	void countsPerProcessAndChannel() throws Exception {
		JsonNode kpi = get(MARCH, "chair1");
		assertThat(kpi.get("processes").toString()).isEqualTo("""
				[{"process":"BeneficiaryRequestProcess","started":5,"open":2,"finished":3},\
				{"process":"WhistleblowerReportProcess","started":2,"open":2,"finished":0}]""");
		assertThat(kpi.get("channels").toString()).isEqualTo("""
				[{"process":"BeneficiaryRequestProcess","channel":"INTERVIEW","count":2},\
				{"process":"BeneficiaryRequestProcess","channel":"LETTER","count":1},\
				{"process":"BeneficiaryRequestProcess","channel":"PHONE","count":1},\
				{"process":"BeneficiaryRequestProcess","channel":"WEBSITE","count":1},\
				{"process":"WhistleblowerReportProcess","channel":"PHONE","count":1},\
				{"process":"WhistleblowerReportProcess","channel":"WEBSITE","count":1}]""");
	}

	@Test
	void everyDeadlineMetMissedOpenAndMedian() throws Exception {
		JsonNode kpi = get(MARCH, "admin");
		assertThat(kpi.get("deadlines").toString()).isEqualTo("""
				[{"deadline":"committee-decision","task":"Task_CommitteeDecision","met":2,"missed":1,"openOverdue":1,"openInTime":0,"medianHours":96.0},\
				{"deadline":"report-acknowledgement","task":"Task_AcknowledgeReceipt","met":1,"missed":0,"openOverdue":0,"openInTime":0,"medianHours":48.0},\
				{"deadline":"leadership-informed","task":"Task_NotifyLeadership","met":0,"missed":1,"openOverdue":1,"openInTime":0,"medianHours":240.0},\
				{"deadline":"violations-investigation","task":"Task_CommitteeInvestigation","met":0,"missed":0,"openOverdue":0,"openInTime":1,"medianHours":0.0}]""");
	}

	@Test
	void satisfactionAndOpenTasks() throws Exception {
		JsonNode kpi = get(MARCH, "chair1");
		assertThat(kpi.get("satisfaction").toString())
			.isEqualTo("{\"responses\":2,\"averageScore\":4.0,\"shareFourOrFive\":0.5,\"byScore\":[0,0,1,0,1],"
					+ "\"comments\":[\"ممتاز\"]}");
		assertThat(kpi.get("openTasks").findValuesAsText("group")).containsExactly("beneficiary-relations",
				"internal-auditors", "research-committee", "violations-committee");
		assertThat(kpi.get("openTasks").findValues("openTasks")).extracting(JsonNode::asLong).containsExactly(1L, 1L, 1L, 1L);
		assertThat(kpi.get("openTasks").get(0).get("oldestSince").asText()).startsWith("2031-03-04T10:00");
	}

	@Test
	void deadlinesMetAndMissedMonthByMonth() throws Exception {
		JsonNode kpi = get("/api/kpi?from=2031-02-01&to=2031-04-30", "admin");
		assertThat(kpi.get("months").toString()).isEqualTo("""
				[{"month":"2031-02","met":0,"missed":0},{"month":"2031-03","met":3,"missed":2},\
				{"month":"2031-04","met":0,"missed":0}]""");
	}

	@Test
	void thePageReadsAsTheAssociationSpeaks() {
		HttpResponse<String> page = this.http.get("/kpi/?from=2031-03-01&to=2031-03-31", "chair1", "demo");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(text(page.body()))
			.contains("الفترة من", "هـ (١ مارس ٢٠٣١)", "هـ (٣١ مارس ٢٠٣١)")
			.contains("طلبات الدعم", "البلاغات", "الموقع الإلكتروني للجمعية", "المقابلة", "الموقع الإلكتروني")
			.contains("قرار لجنة البحث في الطلب", "٤ أيام", "يومان", "١٠ أيام")
			.contains("مارس ٢٠٣١", "٤٫٠ من ٥", "٥٠٪", "ممتاز")
			.contains("موظفو علاقات المستفيدين", "لجنة البحث", "المراجع الداخلي", "لجنة المخالفات")
			.contains("هـ (٤ مارس ٢٠٣١)", "(تنتظر منذ ٢٨ يومًا)")
			// no machine words: no enum names, group ids, ISO timestamps or decimal hours
			.doesNotContain("WEBSITE", "INTERVIEW", "beneficiary-relations", "research-committee", "2031-03-04T",
					"96.0", "0.5");
		assertThat(page.body()).as("the download link keeps the period")
			.contains("href=\"/api/kpi/csv?from=2031-03-01&amp;to=2031-03-31\"");
	}

	@Test
	void thePageOpensWithAndWithoutItsSlashOnThisYear() {
		for (String path : new String[] { "/kpi", "/kpi/", "/kpi/index.html" }) {
			HttpResponse<String> page = this.http.get(path, "ops1", "demo");
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).contains("value=\"2031-01-01\"", "value=\"2031-12-31\"");
		}
	}

	@Test
	void aBackwardsPeriodIsExplainedOnThePage() {
		HttpResponse<String> page = this.http.get("/kpi/?from=2031-03-31&to=2031-03-01", "chair1", "demo");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("role=\"alert\"", "تاريخ النهاية قبل تاريخ البداية")
			.doesNotContain("id=\"processes\"");
	}

	@Test
	void theCsvDownloadsAsAFile() {
		HttpResponse<String> csv = this.http.get("/api/kpi/csv?from=2031-03-01&to=2031-03-31", "chair1", "demo");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"kpi-2031-03-01-2031-03-31.csv\"");
		assertThat(csv.body()).contains("process,BeneficiaryRequestProcess,started,5\n");
		assertThat(this.http.get("/api/kpi/csv?from=2031-03-01&to=2031-03-31", "relations1", "demo").statusCode())
			.isEqualTo(403);
	}

	@Test
	void onAPhoneNothingScrollsSidewaysAndTheChartsAreDrawn() {
		ChromeDriver browser = Browser.start();
		try {
			// This class runs an engine of its own, which the webapps' sign-in (bound to the default engine) does not
			// reach when other contexts run too: the page is opened with the chair's credentials instead.
			browser.executeCdpCommand("Network.enable", Map.of());
			browser.executeCdpCommand("Network.setExtraHTTPHeaders",
					Map.of("headers", Map.of("Authorization", Http.basic("chair1", "demo"))));
			browser.get("http://localhost:" + this.port + "/kpi/?from=2031-02-01&to=2031-04-30");
			assertThat(browser.findElements(By.cssSelector("#months li"))).hasSize(3);
			WebElement march = browser.findElements(By.cssSelector("#months li")).get(1);
			assertThat(march.findElement(By.cssSelector("rect.met")).getAttribute("height")).isEqualTo("60");
			assertThat(march.findElement(By.cssSelector("rect.missed")).getAttribute("height")).isEqualTo("40");
			assertThat(browser.findElements(By.cssSelector("#channels .bars li"))).hasSize(6);
			assertThat(scrollsSideways(browser)).as("the page fits a 390-pixel phone").isFalse();
			Browser.screenshot(browser, "kpi-phone");
			browser.manage().window().setSize(new Dimension(1366, 900));
			browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			browser.navigate().refresh();
			assertThat(scrollsSideways(browser)).isFalse();
			Browser.screenshot(browser, "kpi-desktop");
		}
		finally {
			browser.quit();
		}
	}

	private static boolean scrollsSideways(ChromeDriver browser) {
		return (Boolean) browser.executeScript(
				"return document.documentElement.scrollWidth > document.documentElement.clientWidth");
	}

	/** The page's text without its markup, as a reader meets it. */
	private static String text(String html) {
		return html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
	}

	@Test
	void theSameFiguresAsCsv() {
		HttpResponse<String> csv = this.http.send(this.http.request(MARCH).header("Accept", "text/csv")
			.header("Authorization", Http.basic("chair1", "demo")).GET().build());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).startsWith("section,subject,measure,value\n")
			.contains("process,BeneficiaryRequestProcess,started,5\n")
			.contains("channel,BeneficiaryRequestProcess/INTERVIEW,count,2\n")
			.contains("deadline,committee-decision,missed,1\n")
			.contains("deadline,leadership-informed,medianHours,240.0\n")
			.contains("satisfaction,survey,averageScore,4.0\n")
			.contains("openTasks,violations-committee,count,1\n");
	}

	@Test
	void anEmptyPeriodGivesZeros() throws Exception {
		JsonNode kpi = get("/api/kpi?from=2040-01-01&to=2040-12-31", "admin");
		assertThat(kpi.get("processes").findValues("started")).extracting(JsonNode::asLong).containsOnly(0L);
		assertThat(kpi.get("channels")).isEmpty();
		assertThat(kpi.get("deadlines").findValues("met")).extracting(JsonNode::asLong).containsOnly(0L);
		assertThat(kpi.get("deadlines").findValues("medianHours")).extracting(JsonNode::asDouble).containsOnly(0.0);
		assertThat(kpi.get("satisfaction").get("responses").asLong()).isZero();
		assertThat(kpi.get("satisfaction").get("averageScore").asDouble()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "relations1", "auditor1", "director1", "violations1" })
	void otherGroupsAreRefused(String user) {
		assertThat(this.http.get(MARCH, user, "demo").statusCode()).isEqualTo(403);
		assertThat(this.http.get("/kpi/index.html", user, "demo").statusCode()).isEqualTo(403);
	}

	@Test
	void anonymousCallersMustLogIn() {
		assertThat(this.http.get(MARCH).statusCode()).isEqualTo(401);
		assertThat(this.http.get("/kpi/index.html", "chair1", "demo").statusCode()).isEqualTo(200);
	}

	@Test
	void aBackwardsPeriodIsABadRequest() throws Exception {
		HttpResponse<String> response = this.http.get("/api/kpi?from=2031-03-31&to=2031-03-01", "admin", "demo");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(response.body()).get("messageAr").asText()).isNotBlank();
	}

	private JsonNode get(String path, String user) throws Exception {
		HttpResponse<String> response = this.http.get(path, user, "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	/** Moves the engine's clock (what happens when) and the application's (what is overdue now) together. */
	private void at(String localDateTime) {
		Instant moment = LocalDateTime.parse(localDateTime).atZone(RIYADH).toInstant();
		ClockUtil.setCurrentTime(Date.from(moment));
		this.clock.set(moment);
	}

	private String request(String nationalId, String channel, boolean valid) {
		String id = this.runtime.startProcessInstanceByKey("BeneficiaryRequestProcess",
				application(nationalId, channel, valid ? "0512345678" : "")).getId();
		runJobs(id);
		complete(id, "Task_VerifyApplication", Map.of("verificationOutcome", "VERIFIED"));
		complete(id, "Task_RecordDeclaration", Map.of("declarationSigned", true, "declarationMethod", "HANDWRITTEN_SIGNATURE"));
		runJobs(id);
		return id;
	}

	private void decide(String id, String decision) {
		complete(id, "Task_CommitteeDecision", Map.of("committeeDecision", decision, "decisionReason", "سبب"));
		runJobs(id);
	}

	private void serve(String id, int score, String comment) {
		complete(id, "Task_CompleteRegistration", Map.of("beneficiaryFileNumber", "F"));
		complete(id, "Task_DeliverService", Map.of("serviceDelivered", "خدمة"));
		runJobs(id);
		this.runtime.createMessageCorrelation("Msg_SurveyAnswered").processInstanceId(id)
			.setVariables(Map.of("surveyScore", score, "surveyComment", comment)).correlate();
	}

	private String report(String channel) {
		String id = this.runtime.startProcessInstanceByKey("WhistleblowerReportProcess",
				Map.of("channel", channel, "category", "FINANCIAL", "accusedRole", "EMPLOYEE", "description", "بلاغ")).getId();
		runJobs(id);
		return id;
	}

	private void complete(String id, String taskKey, Map<String, Object> variables) {
		this.tasks.complete(this.tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(taskKey).singleResult()
			.getId(), variables);
	}

	/** Runs the instance's due non-timer jobs (the notifications) until none is left. */
	private void runJobs(String id) {
		for (Job job = next(id); job != null; job = next(id)) {
			this.management.executeJob(job.getId());
		}
	}

	private Job next(String id) {
		return this.management.createJobQuery().processInstanceId(id).messages().listPage(0, 1).stream().findFirst()
			.orElse(null);
	}

	private static Map<String, Object> application(String nationalId, String channel, String mobile) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("applicantName", "متقدم");
		variables.put("nationalId", nationalId);
		variables.put("mobile", mobile);
		variables.put("channel", channel);
		variables.put("supportType", "AWARENESS");
		variables.put("requestDetails", "طلب");
		return variables;
	}

}
