package sa.nonprofit.hail.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.system.OrganizationProperties;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Browser;
import sa.nonprofit.hail.support.PortalClient;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/**
 * Tasklist and Cockpit in a real browser whose own language is English: staff still meet Arabic, right to left,
 * and work their tasks through the Camunda Forms. Screenshots under target/screenshots/.
 */
@ApplicationTest
class StaffWebappsBrowserTest {

	private static final List<String> ARABIC_MONTHS = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
			"أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");

	private static final String APPLICANT = "عبدالله محمد سعد الشمري";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	OrganizationProperties organization;

	@Autowired
	sa.nonprofit.hail.calendar.HolidayCalendar calendar;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void setUp() {
		this.browser = Browser.startDesktop();
		// Generous for a loaded 2-core CI machine; a wait ends as soon as its condition holds.
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void relationsOfficerClaimsAndCompletesTheVerificationInArabic() throws Exception {
		// An earlier request of the same applicant: the form is long, with the duplicate warning above the data.
		submitSupportRequest();
		String requestNumber = submitSupportRequest();
		runJobs(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(requestNumber).singleResult());
		Task verification = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(requestNumber)
			.taskDefinitionKey(BeneficiaryProcess.Elements.VERIFY)
			.singleResult();
		verification.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(14).plusHours(1))));
		this.tasks.saveTask(verification);

		logIn("tasklist", "relations1");
		assertArabicRightToLeft();
		assertThat(this.browser.findElement(By.cssSelector(".navbar-brand .brand-name")).getText())
			.contains(this.organization.name())
			.contains("المهام");
		Browser.screenshot(this.browser, "tasklist-ar");

		click(By.xpath("//*[contains(@class,'task-filter')]//a[contains(.,'مهام موظفي علاقات المستفيدين')]"));
		By listItem = By.xpath("//li[contains(@class,'task')][.//a[contains(@href,'task=" + verification.getId() + "')]]");
		// The due date reads as Arabic does it: the noun agrees with the number.
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(listItem, "الاستحقاق بعد 14 يومًا"));
		// The row tells this case from any other: its number and the applicant's name, beside stage and due date.
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(listItem, requestNumber));
		assertThat(this.browser.findElement(listItem).getText()).contains("رقم الطلب", "اسم المتقدم", APPLICANT,
				"مطابقة البيانات مع المستندات");
		assertThat(this.browser.findElement(listItem).findElements(By.cssSelector(".priority")))
			.noneMatch(WebElement::isDisplayed);
		Browser.screenshot(this.browser, "tasklist-case-rows-ar");
		click(By.cssSelector("li.task a[href*='task=" + verification.getId() + "']"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-card h2"),
				"مطابقة البيانات مع المستندات"));
		click(By.cssSelector("button.claim"));
		this.wait.until(d -> "relations1".equals(assigneeOf(verification)));

		WebElement header = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".fjs-form .case-header")));
		this.wait.until(ExpectedConditions.textToBePresentInElement(header, requestNumber));
		assertThat(header.getText()).contains(APPLICANT, "مطابقة البيانات مع المستندات", "لا مهلة نظامية");
		assertThat(header.findElement(By.cssSelector("a.case-file-link")).getDomAttribute("href"))
			.isEqualTo("/cases/" + requestNumber);
		Browser.screenshot(this.browser, "tasklist-case-header-ar");

		WebElement number = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".fjs-form input[id*='Field_requestNumber']")));
		assertThat(number.getAttribute("value")).isEqualTo(requestNumber);
		click(By.xpath("//button[normalize-space()='إتمام']"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form-field-error"),
				"هذا الحقل مطلوب."));
		// A plain request beside the form, and no "error while submitting" left behind.
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".association-form-incomplete"),
				"أكمل الحقول المطلوبة"));
		try {
			this.wait.until(d -> d.findElements(By.cssSelector(".notifications .alert-danger, .notifications .alert-error")).isEmpty());
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			Browser.screenshot(this.browser, "tasklist-form-validation-stale-notification");
			throw new AssertionError("a notification stays: " + this.browser
				.executeScript("return Array.from(document.querySelectorAll('.notifications')).map(n => n.outerHTML).join('\\n')"), ex);
		}
		Browser.screenshot(this.browser, "tasklist-form-validation-ar");
		assertThat(this.tasks.createTaskQuery().taskId(verification.getId()).count()).isEqualTo(1);

		click(By.xpath("//label[contains(@class,'fjs-form-field-label')][contains(.,'البيانات مطابقة وصالحة')]"));
		this.browser.findElement(By.cssSelector(".fjs-form textarea[id*='Field_verificationNotes']"))
			.sendKeys("طابقت الهوية الوطنية والعنوان الوطني");
		Browser.screenshot(this.browser, "tasklist-form-ar");
		click(By.xpath("//button[normalize-space()='إتمام']"));

		try {
			this.wait.until(d -> this.tasks.createTaskQuery().taskId(verification.getId()).count() == 0);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			Browser.screenshot(this.browser, "tasklist-form-not-completed");
			throw new AssertionError("the task stayed open: " + this.browser.executeScript("""
					return Array.from(document.querySelectorAll('.fjs-form-field-error, .notifications, \
					.association-form-incomplete, .fjs-form-field-radio')).map(n => n.className + ': ' + n.innerText).join(' | ')"""), ex);
		}
		assertThat(this.browser.findElements(By.cssSelector(".notifications .alert-danger, .notifications .alert-error, .association-form-incomplete")))
			.as("nothing of the earlier refusal stays after the task is completed")
			.noneMatch(WebElement::isDisplayed);
		assertThat(this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(verification.getProcessInstanceId())
			.variableName("verificationOutcome")
			.singleResult()
			.getValue()).isEqualTo("VERIFIED");
		assertThat(this.history.createHistoricTaskInstanceQuery().taskId(verification.getId()).singleResult()
			.getAssignee()).isEqualTo("relations1");
	}

	@Test
	void boardChairRatifiesTheCommitteesRecommendation() {
		ProcessInstance report = reportAwaitingTheChair();
		Task approval = this.tasks.createTaskQuery()
			.processInstanceId(report.getId())
			.taskDefinitionKey(Elements.CHAIR_APPROVAL)
			.singleResult();

		logIn("tasklist", "chair1");
		assertArabicRightToLeft();
		click(By.xpath("//*[contains(@class,'task-filter')]//a[contains(.,'مهام رئيس مجلس الإدارة')]"));
		click(By.cssSelector("li.task a[href*='task=" + approval.getId() + "']"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-card h2"),
				"مصادقة رئيس المجلس على التوصية"));

		// The date picker names months and weekdays in Arabic too.
		click(By.cssSelector(".due-date .view-value"));
		By picker = By.cssSelector(".uib-datepicker");
		this.wait.until(d -> ARABIC_MONTHS.stream().anyMatch(d.findElement(picker).getText()::contains));
		assertThat(this.browser.findElement(picker).getText()).contains("أحد", "جمعة")
			.doesNotContain("Sun", "Fri", "January", "June", "December");
		Browser.screenshot(this.browser, "tasklist-date-picker-ar");
		click(By.xpath("//button[@ng-click='cancelChange($event)']"));
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".uib-datepicker")));

		click(By.cssSelector("button.claim"));
		this.wait.until(d -> "chair1".equals(assigneeOf(approval)));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"),
				"توصية اللجنة"));
		click(By.xpath("//label[contains(@class,'fjs-form-field-label')][contains(.,'مصادقة واعتماد')]"));
		this.browser.findElement(By.cssSelector(".fjs-form textarea[id*='Field_chairComments']")).sendKeys("أصادق على التوصية");
		Browser.screenshot(this.browser, "tasklist-chair-approval-ar");
		click(By.xpath("//button[normalize-space()='إتمام']"));

		this.wait.until(d -> this.tasks.createTaskQuery().taskId(approval.getId()).count() == 0);
		assertThat(this.runtime.getVariable(report.getId(), Variables.CHAIR_DECISION)).isEqualTo("APPROVED");
		assertThat(this.tasks.createTaskQuery()
			.processInstanceId(report.getId())
			.taskDefinitionKey(Elements.DISCIPLINARY_ACTION)
			.count()).isEqualTo(1);
	}

	@Test
	void auditorSeesTheReportsNumberAndCategoryAndOpensItsCaseFile() {
		ProcessInstance report = this.runtime.startProcessInstanceByKey(WhistleblowerProcess.PROCESS_ID,
				Map.of(Variables.CHANNEL, "PHONE", Variables.CATEGORY, "CONFLICT_OF_INTEREST", Variables.ACCUSED_ROLE,
						"EMPLOYEE", Variables.DESCRIPTION, "ترسية عقد على قريب"));
		String number = (String) this.runtime.getVariable(report.getId(), Variables.REPORT_NUMBER);
		Task acknowledgement = this.tasks.createTaskQuery()
			.processInstanceId(report.getId())
			.taskDefinitionKey(Elements.ACKNOWLEDGE)
			.singleResult();
		// overdue, so it heads the list whatever other tests left open in this shared context
		acknowledgement.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
		this.tasks.saveTask(acknowledgement);

		logIn("tasklist", "auditor1");
		click(By.xpath("//*[contains(@class,'task-filter')]//a[contains(.,'مهام المراجع الداخلي')]"));
		By listItem = By
			.xpath("//li[contains(@class,'task')][.//a[contains(@href,'task=" + acknowledgement.getId() + "')]]");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(listItem, number));
		assertThat(this.browser.findElement(listItem).getText()).contains("رقم البلاغ", "نوع المخالفة", "تعارض مصالح",
				"إشعار المبلّغ باستلام البلاغ ورقمه")
			.doesNotContain("ترسية عقد على قريب", "EMPLOYEE");
		Browser.screenshot(this.browser, "tasklist-report-rows-ar");

		click(By.cssSelector("li.task a[href*='task=" + acknowledgement.getId() + "']"));
		click(By.cssSelector("button.claim"));
		this.wait.until(d -> "auditor1".equals(assigneeOf(acknowledgement)));
		WebElement header = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".fjs-form .case-header")));
		this.wait.until(ExpectedConditions.textToBePresentInElement(header, number));
		assertThat(header.getText()).contains("تعارض مصالح", "إشعار المبلّغ باستلام البلاغ ورقمه");
		assertThat(header.findElement(By.cssSelector(".case-due")).getText()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(header.findElement(By.cssSelector("a.case-file-link")).getDomAttribute("href"))
			.isEqualTo("/cases/" + number);
		Browser.screenshot(this.browser, "tasklist-report-header-ar");

		this.runtime.deleteProcessInstance(report.getId(), "browser test done");
	}

	@Test
	void administratorSeesBothProcessesDrawnInCockpit() {
		logIn("cockpit", "admin");
		assertArabicRightToLeft();
		for (String processId : List.of(BeneficiaryProcess.PROCESS_ID, WhistleblowerProcess.PROCESS_ID)) {
			String definitionId = this.repository.createProcessDefinitionQuery()
				.processDefinitionKey(processId)
				.latestVersion()
				.singleResult()
				.getId();
			this.browser.get(url("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime"));
			this.wait.until(ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector(".djs-container svg .djs-element.djs-shape")));
			this.wait.until(d -> d.findElements(By.cssSelector(".djs-container .djs-element.djs-shape")).size() > 20);
			// Cockpit may draw the diagram again while it loads: read the container afresh, not a kept element.
			this.wait.until(d -> "ltr".equals(d.findElement(By.cssSelector(".djs-container")).getCssValue("direction")));
			assertThat(this.browser.findElement(By.cssSelector(".djs-container")).getText())
				.contains(processId.equals(BeneficiaryProcess.PROCESS_ID) ? "مطابقة البيانات" : "مصادقة رئيس المجلس");
			assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("حالات الإجراء").doesNotContain("مثيلات");
			Browser.screenshot(this.browser, "cockpit-" + processId + "-ar");
		}
	}

	@Test
	void oneSignInOpensTheStaffPagesAndTheirWritesCarryTheToken() {
		this.browser.get(url("/admin/holidays.html"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
		assertThat(this.browser.getCurrentUrl()).contains("/camunda/app/welcome/");
		logIn("cockpit", "admin");
		this.browser.get(url("/admin/holidays.html"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rows tr")));
		this.browser.executeScript("document.querySelector('#add [name=from]').value = '2033-02-22';");
		this.browser.findElement(By.cssSelector("#add [name=name]")).sendKeys("يوم اختبار المتصفح");
		this.browser.findElement(By.cssSelector("#add button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "تمت الإضافة"));
		assertThat(this.calendar.list(java.time.LocalDate.of(2033, 2, 22), java.time.LocalDate.of(2033, 2, 22)))
			.extracting(sa.nonprofit.hail.calendar.Holiday::name)
			.containsExactly("يوم اختبار المتصفح");
		Browser.screenshot(this.browser, "holidays-signed-in-once");
		this.calendar.remove(java.time.LocalDate.of(2033, 2, 22), java.time.LocalDate.of(2033, 2, 22));
	}

	@Test
	void staffCanSwitchToEnglishAndBack() {
		logIn("tasklist", "researcher1");
		click(By.cssSelector("button.association-language-switch"));
		this.wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-widget-header]"),
				"Start process"));
		Browser.screenshot(this.browser, "tasklist-en");
		click(By.cssSelector("button.association-language-switch"));
		this.wait.until(d -> "ar".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-widget-header]"),
				"بدء إجراء"));
	}

	private String submitSupportRequest() throws Exception {
		Map<String, Object> form = new HashMap<>();
		form.put("applicantName", APPLICANT);
		form.put("nationalId", "1000006013");
		form.put("mobile", "0551234567");
		form.put("supportType", "NUTRITION_CONSULTATION");
		form.put("requestDetails", "أحتاج استشارة تغذوية");
		form.put("declarationAccepted", true);
		ObjectMapper json = new ObjectMapper();
		var response = new PortalClient(this.port).postJson("/api/public/support-requests",
				json.writeValueAsString(form));
		assertThat(response.statusCode()).isEqualTo(201);
		return json.readTree(response.body()).get("requestNumber").asText();
	}

	/** A report against an employee, taken through receipt, review and investigation as the auditors would. */
	private ProcessInstance reportAwaitingTheChair() {
		ProcessInstance report = this.runtime.startProcessInstanceByKey(WhistleblowerProcess.PROCESS_ID,
				Map.of(Variables.CHANNEL, "PHONE", Variables.CATEGORY, "FINANCIAL", Variables.ACCUSED_ROLE, "EMPLOYEE",
						Variables.DESCRIPTION, "صرف مبالغ دون مستندات"));
		completeTask(report, Elements.ACKNOWLEDGE, Map.of("acknowledgementMethod", "PHONE"));
		runJobs(report);
		completeTask(report, Elements.NOTIFY_LEADERSHIP, Map.of("leadershipBriefing", "أُطلعوا شفهياً"));
		completeTask(report, Elements.PRELIMINARY_REVIEW,
				Map.of(Variables.REVIEW_OUTCOME, "INVESTIGATE", "reviewNotes", "يستحق التحقيق"));
		completeTask(report, Elements.INVESTIGATION, Map.of(Variables.COMMITTEE_FINDINGS, "ثبتت المخالفة",
				Variables.COMMITTEE_RECOMMENDATION, "إنذار كتابي وإعادة المبالغ"));
		return report;
	}

	/** Runs what the job executor (off in tests) would run now: the notifications, not the future deadlines. */
	private void runJobs(ProcessInstance instance) {
		this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.executable()
			.messages()
			.list()
			.forEach(job -> this.management.executeJob(job.getId()));
	}

	private void completeTask(ProcessInstance report, String activityId, Map<String, Object> variables) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(report.getId())
			.taskDefinitionKey(activityId)
			.singleResult();
		this.tasks.complete(task.getId(), variables);
	}

	private String assigneeOf(Task task) {
		return this.tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
	}

	private void logIn(String app, String user) {
		Browser.signIn(this.browser, this.wait, this.port, app, user);
	}

	private void assertArabicRightToLeft() {
		WebElement html = this.browser.findElement(By.tagName("html"));
		assertThat(html.getAttribute("lang")).isEqualTo("ar");
		assertThat(html.getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("rtl");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-widget-header]"),
				this.organization.name()));
	}

	private void click(By locator) {
		this.wait.until(d -> {
			WebElement element = ExpectedConditions.visibilityOfElementLocated(locator).apply(d);
			if (element == null) {
				return false;
			}
			// The page footer is fixed; bring the element to the middle of its scrolling column first.
			this.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
			element.click();
			return true;
		});
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
