package sa.nonprofit.hail.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
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
import sa.nonprofit.hail.privacy.DataBreachProcess;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Browser;
import sa.nonprofit.hail.support.PortalClient;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * Every task form of both processes as Tasklist renders it in Arabic: no English word is left in what staff read
 * (labels, the selects' placeholders, the values shown, the notices), read-only data reads as text, and the page
 * around the form carries no developer banner or version noise. Screenshots under target/screenshots/.
 */
@ApplicationTest
class TaskFormsArabicBrowserTest {

	/** What may stay in Latin letters inside Arabic text: case numbers and e-mail addresses. */
	private static final Pattern ALLOWED_LATIN = Pattern
		.compile("\\b(?:BR|WB|DB)-\\d{4}-[0-9A-Z]{6,8}\\b|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

	/** The form's rendered text, the values its fields show and their placeholders, as a reader meets them. */
	private static final String RENDERED_TEXT = """
			const form = document.querySelector('.fjs-form');
			if (!form) { return null; }
			const parts = [form.innerText];
			form.querySelectorAll('input, textarea').forEach((field) => {
			  if (field.type !== 'hidden' && field.type !== 'radio' && field.type !== 'checkbox') {
			    parts.push(field.value || '', field.placeholder || '');
			  }
			});
			return parts.join('\\n');
			""";

	private static final String APPLICANT = "نورة عبدالعزيز الحربي";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	ChromeDriver browser;

	WebDriverWait wait;

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void everyTaskFormReadsInArabicWithNoEnglishLeft() throws Exception {
		startDesktop();
		List<Task> forms = new ArrayList<>();
		forms.addAll(everyUserTaskOf(beneficiaryRequest(), BeneficiaryProcess.PROCESS_ID));
		forms.addAll(everyUserTaskOf(report(), WhistleblowerProcess.PROCESS_ID));
		forms.addAll(everyUserTaskOf(breach(), DataBreachProcess.PROCESS_ID));

		Browser.signIn(this.browser, this.wait, this.port, "tasklist", "admin");
		assertThat(this.browser.findElements(By.cssSelector(".ce-eol-banner"))).as("the migrate-to-Camunda-8 banner")
			.noneMatch(WebElement::isDisplayed);
		List<String> english = new ArrayList<>();
		for (Task task : forms) {
			String text = renderedForm(task);
			String left = ALLOWED_LATIN.matcher(text).replaceAll(" ");
			var word = LATIN_WORD.matcher(left);
			while (word.find()) {
				english.add(task.getTaskDefinitionKey() + ": " + word.group());
			}
			if (task.getTaskDefinitionKey().equals(BeneficiaryProcess.Elements.VERIFY)
					|| task.getTaskDefinitionKey().equals(WhistleblowerProcess.Elements.NOTIFY_LEADERSHIP)
					|| task.getTaskDefinitionKey().equals(DataBreachProcess.Elements.NOTIFY_AUTHORITY)
					|| task.getTaskDefinitionKey().equals(DataBreachProcess.Elements.NOTIFY_SUBJECTS)) {
				Browser.screenshot(this.browser, "task-form-" + task.getTaskDefinitionKey() + "-ar");
			}
		}
		assertThat(english).as("English words left in the Arabic task forms").isEmpty();
	}

	@Test
	void theAuditorReadsWhoIsInformedByArabicGroupNames() {
		startDesktop();
		ProcessInstance report = report();
		Task acknowledge = taskOf(report, WhistleblowerProcess.Elements.ACKNOWLEDGE);
		this.tasks.complete(acknowledge.getId(), Map.of("acknowledgementMethod", "PHONE"));
		runJobs(report);
		Task leadership = taskOf(report, WhistleblowerProcess.Elements.NOTIFY_LEADERSHIP);

		Browser.signIn(this.browser, this.wait, this.port, "tasklist", "auditor1");
		String text = renderedForm(leadership);
		assertThat(text).contains("رئيس مجلس الإدارة", "المسؤول التنفيذي")
			.doesNotContain("board-chair", "executive-director");
	}

	@Test
	void readOnlyDataReadsAsTextAndTheDuplicateBoxOnlyShowsADuplicate() throws Exception {
		startDesktop();
		ProcessInstance request = beneficiaryRequest();
		Task verification = taskOf(request, BeneficiaryProcess.Elements.VERIFY);
		// no other open request for this applicant (earlier tests used the same national ID)
		this.runtime.setVariable(request.getId(), BeneficiaryProcess.Variables.DUPLICATE_WARNING, "");
		Browser.signIn(this.browser, this.wait, this.port, "tasklist", "admin");
		renderedForm(verification);

		WebElement channel = this.browser.findElement(By.cssSelector(".fjs-form-field-select.fjs-readonly"));
		assertThat(channel.findElements(By.cssSelector(".fjs-select-arrow"))).noneMatch(WebElement::isDisplayed);
		WebElement name = this.browser.findElement(By.cssSelector(".fjs-readonly input[id*='Field_applicantName']"));
		assertThat(name.getCssValue("border-top-style")).isEqualTo("none");
		assertThat(name.getCssValue("background-color")).isIn("rgba(0, 0, 0, 0)", "transparent");
		assertThat(this.browser.findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("اختياري",
				"تنبيه الطلبات المكررة");
		WebElement mobile = this.browser.findElement(By.cssSelector(".fjs-form input[id*='Field_mobile']"));
		assertThat(mobile.getCssValue("direction")).as("a phone number reads left to right").isEqualTo("ltr");
	}

	@Test
	void taskRowsCarryNoVersionAndTheDatesAnArabicComma() throws Exception {
		startDesktop();
		ProcessInstance request = beneficiaryRequest();
		Task verification = taskOf(request, BeneficiaryProcess.Elements.VERIFY);
		verification.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(3))));
		this.tasks.saveTask(verification);

		Browser.signIn(this.browser, this.wait, this.port, "tasklist", "relations1");
		By filter = By.xpath("//*[contains(@class,'task-filter')]//a[contains(.,'مهام موظفي علاقات المستفيدين')]");
		this.wait.until(ExpectedConditions.elementToBeClickable(filter)).click();
		By row = By.xpath("//li[contains(@class,'task')][.//a[contains(@href,'task=" + verification.getId() + "')]]");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "أُنشئت"));
		assertThat(this.browser.findElement(row).getText()).doesNotContain("(v.", "1.0.0");
		// Camunda puts the comma between the dates with CSS (::after), which no element's text holds.
		Object comma = this.browser.executeScript(
				"return getComputedStyle(arguments[0].querySelector('.dates > span > span'), '::after').content;",
				this.browser.findElement(row));
		assertThat(comma).isEqualTo("\"،\"");
		Browser.screenshot(this.browser, "tasklist-rows-ar");
	}

	@Test
	void onAPhoneTheLanguageButtonLeavesTheTaskActionsFree() throws Exception {
		this.browser = Browser.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		this.wait.ignoring(StaleElementReferenceException.class);
		ProcessInstance request = beneficiaryRequest();
		Task verification = taskOf(request, BeneficiaryProcess.Elements.VERIFY);
		Browser.signIn(this.browser, this.wait, this.port, "tasklist", "admin");
		renderedForm(verification);

		// Whatever a finger would press (a task, its actions, the menu, a field) must not lie under the switch.
		Object covered = this.browser.executeScript("""
				const button = document.querySelector('button.association-language-switch');
				const a = button.getBoundingClientRect();
				const pressable = 'a, button, input, textarea, [ng-click], .fjs-form-field';
				return Array.from(document.querySelectorAll(pressable))
				  .filter((element) => element !== button && !element.contains(button) && element.offsetParent !== null)
				  .filter((element) => {
				    const b = element.getBoundingClientRect();
				    return b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
				  })
				  .map((element) => element.tagName + '.' + element.className + ' ' + element.textContent.trim().slice(0, 30));
				""");
		assertThat((List<?>) covered).as("what the language switch covers on a phone").isEmpty();
		Browser.screenshot(this.browser, "tasklist-phone-ar");
	}

	@Test
	void theWelcomePageLinksTheStaffPagesEachUserMayOpen() {
		startDesktop();
		Browser.signIn(this.browser, this.wait, this.port, "welcome", "admin");
		By links = By.cssSelector(".custom-links");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(links, "جدول الإجازات الرسمية"));
		assertThat(this.browser.findElement(links).getText()).contains("مؤشرات جودة الخدمة");
		assertThat(this.browser.findElement(By.cssSelector(".custom-links a[href='/admin/holidays.html']"))).isNotNull();
		Browser.screenshot(this.browser, "welcome-admin-ar");

		this.browser.manage().deleteAllCookies();
		Browser.signIn(this.browser, this.wait, this.port, "welcome", "chair1");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(links, "مؤشرات جودة الخدمة"));
		assertThat(this.browser.findElement(links).getText()).doesNotContain("جدول الإجازات الرسمية");
	}

	private void startDesktop() {
		this.browser = Browser.startDesktop();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	/** Opens the task in Tasklist and returns the form's text once its fields are filled from the variables. */
	private String renderedForm(Task task) {
		this.browser.get("http://localhost:" + this.port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form .case-header")));
		this.wait.until(d -> {
			Object text = this.browser.executeScript(RENDERED_TEXT);
			return text != null && text.toString().contains(numberOf(task));
		});
		// the form's own scripts (translations) run on the next frames
		this.wait.until(d -> this.browser.executeScript("return new Promise((done) => setTimeout(() => done(true), 300));"));
		return String.valueOf(this.browser.executeScript(RENDERED_TEXT));
	}

	private String numberOf(Task task) {
		Object number = this.runtime.getVariable(task.getProcessInstanceId(), BeneficiaryProcess.Variables.REQUEST_NUMBER);
		if (number == null) {
			number = this.runtime.getVariable(task.getProcessInstanceId(), WhistleblowerProcess.Variables.REPORT_NUMBER);
		}
		if (number == null) {
			number = this.runtime.getVariable(task.getProcessInstanceId(), DataBreachProcess.Variables.BREACH_NUMBER);
		}
		return String.valueOf(number);
	}

	/** One instance holding one task of each user task of the model, each as the engine creates it. */
	private List<Task> everyUserTaskOf(ProcessInstance instance, String processId) {
		// The deadlines other steps would have set on the way.
		Date later = Date.from(Instant.now().plus(Duration.ofDays(10)));
		for (String due : List.of(BeneficiaryProcess.Variables.COMPLETION_DUE,
				BeneficiaryProcess.Variables.COMMITTEE_DECISION_DUE, WhistleblowerProcess.Variables.INVESTIGATION_DUE)) {
			if (this.runtime.getVariable(instance.getId(), due) == null) {
				this.runtime.setVariable(instance.getId(), due, later);
			}
		}
		Map<String, Object> sample = new HashMap<>();
		sample.put(WhistleblowerProcess.Variables.REVIEW_OUTCOME, "INVESTIGATE");
		sample.put(WhistleblowerProcess.Variables.COMMITTEE_FINDINGS, "ثبتت المخالفة");
		sample.put(WhistleblowerProcess.Variables.COMMITTEE_RECOMMENDATION, "إنذار كتابي");
		sample.put(BeneficiaryProcess.Variables.VALIDATION_ERRORS, "رقم الجوال غير صحيح");
		if (processId.equals(WhistleblowerProcess.PROCESS_ID)) {
			sample.keySet().removeIf(name -> name.equals(BeneficiaryProcess.Variables.VALIDATION_ERRORS));
		}
		else {
			sample.keySet().removeIf(name -> !name.equals(BeneficiaryProcess.Variables.VALIDATION_ERRORS));
		}
		this.runtime.setVariables(instance.getId(), sample);
		var model = Bpmn.readModelFromFile(new File("processes/" + processId + ".bpmn"));
		List<String> open = this.tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream()
			.map(Task::getTaskDefinitionKey)
			.toList();
		var modification = this.runtime.createProcessInstanceModification(instance.getId());
		for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
			if (!open.contains(userTask.getId())) {
				modification.startBeforeActivity(userTask.getId());
			}
		}
		modification.execute();
		return this.tasks.createTaskQuery().processInstanceId(instance.getId()).list();
	}

	private ProcessInstance beneficiaryRequest() throws Exception {
		Map<String, Object> form = new HashMap<>();
		form.put("applicantName", APPLICANT);
		form.put("nationalId", "1000006013");
		form.put("mobile", "0551234567");
		form.put("supportType", "NUTRITION_CONSULTATION");
		form.put("requestDetails", "أحتاج استشارة تغذوية");
		form.put("declarationAccepted", true);
		ObjectMapper json = new ObjectMapper();
		var response = new PortalClient(this.port).postJson("/api/public/support-requests", json.writeValueAsString(form));
		assertThat(response.statusCode()).isEqualTo(201);
		String number = json.readTree(response.body()).get("requestNumber").asText();
		ProcessInstance instance = this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
		runJobs(instance);
		return instance;
	}

	private ProcessInstance report() {
		return this.runtime.startProcessInstanceByKey(WhistleblowerProcess.PROCESS_ID,
				Map.of(WhistleblowerProcess.Variables.CHANNEL, "PHONE", WhistleblowerProcess.Variables.CATEGORY,
						"FINANCIAL", WhistleblowerProcess.Variables.ACCUSED_ROLE, "EMPLOYEE",
						WhistleblowerProcess.Variables.DESCRIPTION, "صرف مبالغ دون مستندات"));
	}

	/** A breach assessed as likely to harm, so that every field its forms read has a value. */
	private ProcessInstance breach() {
		Map<String, Object> start = new HashMap<>();
		start.put(DataBreachProcess.Variables.DESCRIPTION, "أُرسل كشف المستفيدين إلى غير المختص");
		start.put(DataBreachProcess.Variables.AWARE_AT, Date.from(Instant.now().minus(Duration.ofHours(3))));
		start.put(DataBreachProcess.Variables.DISCOVERY, "أبلغ المستلم الجمعية");
		ProcessInstance breach = this.runtime.startProcessInstanceByKey(DataBreachProcess.PROCESS_ID, start);
		Map<String, Object> assessment = new HashMap<>();
		assessment.put(DataBreachProcess.Variables.HARM_LIKELY, true);
		assessment.put(DataBreachProcess.Variables.DATA_CATEGORIES, "الاسم والجوال");
		assessment.put(DataBreachProcess.Variables.PEOPLE_AFFECTED, 12);
		assessment.put(DataBreachProcess.Variables.RECORDS_AFFECTED, 12);
		assessment.put(DataBreachProcess.Variables.RISKS, "رسائل احتيال");
		assessment.put(DataBreachProcess.Variables.MEASURES, "طلب حذف الكشف");
		assessment.put(DataBreachProcess.Variables.AFFECTED_PEOPLE, "");
		this.tasks.complete(taskOf(breach, DataBreachProcess.Elements.ASSESS).getId(), assessment);
		return breach;
	}

	private Task taskOf(ProcessInstance instance, String activityId) {
		return this.tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(activityId)
			.singleResult();
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

}
