package sa.nonprofit.hail.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.documents.Document;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Browser;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.PortalClient;
import sa.nonprofit.hail.whistleblowing.AccusedRole;
import sa.nonprofit.hail.whistleblowing.ReporterThread;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/**
 * The case page in Chromium: the auditor signed in to the webapps opens a report, the reporter's PDF answers its link,
 * and the reply reaches the thread. Screenshots of the case page and the ratification sheet in target/screenshots/.
 */
@ApplicationTest
class CaseFileBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseDocuments documents;

	@Autowired
	ReporterThread thread;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void setUp() {
		this.browser = Browser.startDesktop();
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
	void theAuditorOpensTheReportDownloadsItsPdfAndReplies() {
		CaseFixtures fixtures = new CaseFixtures(this.engine);
		String marker = UUID.randomUUID().toString().substring(0, 8);
		ProcessInstance report = fixtures.report(AccusedRole.EMPLOYEE, "عن صرف مبالغ دون مستندات " + marker);
		String number = report.getBusinessKey();
		this.documents.add(number, new Document("فاتورة.pdf", "application/pdf", CaseFixtures.PDF), null);
		fixtures.complete(report.getId(), Elements.ACKNOWLEDGE, "auditor1",
				Map.of(Variables.ACKNOWLEDGEMENT_METHOD, "PHONE"));
		this.thread.fromReporter(number, "لدي صورة من الشيك أيضًا");

		logIn("auditor1");
		this.browser.get(url("/cases/" + number));
		WebElement html = this.browser.findElement(By.tagName("html"));
		assertThat(html.getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.findElement(By.id("number")).getText()).isEqualTo(number);
		assertThat(this.browser.findElement(By.id("summary")).getText()).contains(marker);
		assertThat(this.browser.findElement(By.id("deadlines")).getText()).contains("تم في موعده").contains("هـ");
		assertThat(this.browser.findElement(By.id("timeline")).getText()).contains("فهد التميمي");
		WebElement pdf = this.browser.findElement(By.cssSelector("#documents a.document"));
		assertThat(pdf.getText()).isEqualTo("فاتورة.pdf");
		Object answer = this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(async (r) => done(r.status + ' ' + r.headers.get('content-type') + ' '
				    + r.headers.get('content-disposition') + ' ' + (await r.text()).slice(0, 5)));""",
				pdf.getAttribute("href"));
		assertThat(String.valueOf(answer)).startsWith("200 application/pdf attachment").endsWith("%PDF-");

		this.browser.findElement(By.cssSelector("#reply textarea")).sendKeys("شكرًا لك، نرجو إرسال صورة الشيك عبر صفحة المتابعة");
		this.browser.findElement(By.cssSelector("#reply button[type=submit]")).click();
		try {
			this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#thread .from-staff"),
					"نرجو إرسال صورة الشيك"));
		}
		catch (RuntimeException notThere) {
			Browser.screenshot(this.browser, "case-file-report-failed");
			throw new AssertionError("No reply shown; the page says: " + this.browser.findElement(By.id("message")).getText()
					+ " / " + this.browser.manage().logs().get("browser").getAll(), notThere);
		}
		assertThat(this.browser.findElement(By.cssSelector("#thread .from-staff")).getText()).contains("فهد التميمي");
		assertThat(this.thread.of(number)).anySatisfy(message -> assertThat(message.staffUser()).isEqualTo("auditor1"));
		wholePage("case-file-report");
	}

	@Test
	void theRatificationSheetIsReadyForTheBoardsMinutes() {
		CaseFixtures fixtures = new CaseFixtures(this.engine);
		ProcessInstance report = fixtures.reportAtChairApproval("تضارب مصالح في عقد توريد");
		logIn("chair1");
		this.browser.get(url("/cases/" + report.getBusinessKey()));
		this.browser.findElement(By.id("ratification-link")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision")));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("نتائج تضارب مصالح")
			.contains("توصية تضارب مصالح")
			.contains("التوقيع");
		wholePage("case-ratification-sheet");
		// as it goes to paper: the print button is gone, the sheet keeps its blank lines to sign
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(this.browser.findElement(By.id("print")).isDisplayed()).isFalse();
		wholePage("case-ratification-sheet-print");
	}

	/**
	 * The whole round trip: a reporter files with a PDF on the portal; the auditor opens the case from the
	 * task in Tasklist, fetches the PDF and replies; the reporter reads the reply on the tracking page; once the
	 * committee holds the report, the reporter's later message is in the case for violations1; the access log names
	 * the auditor.
	 */
	@Test
	void aReportGoesFromThePortalThroughTheCaseFileAndBackToTheReporter() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		PortalClient portal = new PortalClient(this.port);
		HttpResponse<String> filed = portal.postMultipart("/api/public/reports",
				List.of(new String[] { "category", "FINANCIAL" }, new String[] { "description", "صرف دون مستندات " + marker },
						new String[] { "accusedRole", "EMPLOYEE" }),
				List.of(new PortalClient.Part("سند الصرف.pdf", "application/pdf", CaseFixtures.PDF)));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String number = portal.read(filed).get("reportNumber").asText();
		String code = portal.read(filed).get("accessCode").asText();
		CaseFixtures fixtures = new CaseFixtures(this.engine);
		String instance = this.engine.getRuntimeService().createProcessInstanceQuery()
			.processInstanceBusinessKey(number).singleResult().getId();
		fixtures.runAsyncSteps(instance);
		Task task = this.engine.getTaskService().createTaskQuery().processInstanceId(instance)
			.taskCandidateGroup("internal-auditors").list().get(0);
		headTheList(task);

		logIn("auditor1");
		openCaseFromTask("مهام المراجع الداخلي", task, number);
		WebElement pdf = this.browser.findElement(By.cssSelector("#documents a.document"));
		assertThat(pdf.getText()).isEqualTo("سند الصرف.pdf");
		assertThat(fetch(pdf.getAttribute("href"))).startsWith("200 application/pdf attachment").endsWith("%PDF-");
		this.browser.findElement(By.cssSelector("#reply textarea")).sendKeys("وصلنا السند، شكرًا لك " + marker);
		this.browser.findElement(By.cssSelector("#reply button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#thread .from-staff"), marker));
		Browser.screenshot(this.browser, "case-file-from-task");

		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/track.html"));
		this.browser.findElement(By.name("number")).sendKeys(number);
		this.browser.findElement(By.name("secret")).sendKeys(code);
		this.browser.findElement(By.cssSelector("#track-form button[type=submit]")).click();
		WebElement reply = this.wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#thread li.from-association")));
		assertThat(reply.getText()).contains("وصلنا السند، شكرًا لك " + marker).doesNotContain("auditor1");

		for (String step : List.of(Elements.NOTIFY_LEADERSHIP, Elements.PRELIMINARY_REVIEW)) {
			fixtures.complete(instance, step, "auditor1", step.equals(Elements.PRELIMINARY_REVIEW)
					? Map.of(Variables.REVIEW_OUTCOME, "INVESTIGATE", Variables.REVIEW_NOTES, "يحال للجنة")
					: Map.of(Variables.LEADERSHIP_BRIEFING, "إحاطة"));
		}
		this.browser.findElement(By.name("text")).sendKeys("تذكرت اسم المورد أيضًا " + marker);
		this.browser.findElement(By.cssSelector("#message-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-result"), "وصلت رسالتك"));

		logIn("violations1");
		this.browser.get(url("/cases/" + number));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), "تذكرت اسم المورد أيضًا " + marker));
		assertThat(this.browser.findElement(By.id("summary")).getText()).contains(marker);

		HttpResponse<String> log = new Http(this.port).get("/api/cases/" + number + "/access-log", "chair1", "demo");
		assertThat(log.statusCode()).isEqualTo(200);
		assertThat(log.body()).contains("auditor1").contains("violations1");
	}

	/** relations1 finds the request by number and name in Tasklist, opens its case and the applicant's document. */
	@Test
	void relationsOpensTheApplicantsDocumentFromTheTask() {
		PortalClient portal = new PortalClient(this.port);
		String applicant = "منيرة " + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> sent = portal.postMultipart("/api/public/support-requests",
				List.of(new String[] { "applicantName", applicant }, new String[] { "nationalId", CaseFixtures.nationalId() },
						new String[] { "mobile", "0501112233" }, new String[] { "email", "" },
						new String[] { "supportType", "MEDICAL_REFERRAL" }, new String[] { "requestDetails", "إحالة طبية" },
						new String[] { "declarationAccepted", "true" }),
				List.of(new PortalClient.Part("تقرير طبي.pdf", "application/pdf", CaseFixtures.PDF)));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		String number = portal.read(sent).get("requestNumber").asText();
		CaseFixtures fixtures = new CaseFixtures(this.engine);
		String instance = this.engine.getRuntimeService().createProcessInstanceQuery()
			.processInstanceBusinessKey(number).singleResult().getId();
		fixtures.runAsyncSteps(instance);
		Task task = this.engine.getTaskService().createTaskQuery().processInstanceId(instance)
			.taskCandidateGroup("beneficiary-relations").list().get(0);
		headTheList(task);

		logIn("relations1");
		this.browser.findElement(By.xpath("//*[contains(@class,'task-filter')]//a[contains(.,'مهام موظفي علاقات المستفيدين')]")).click();
		By row = By.xpath("//li[contains(@class,'task')][.//a[contains(@href,'task=" + task.getId() + "')]]");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(row, number));
		assertThat(this.browser.findElement(row).getText()).contains(applicant);
		openCaseFromTask(null, task, number);
		WebElement document = this.browser.findElement(By.cssSelector("#documents a.document"));
		assertThat(document.getText()).isEqualTo("تقرير طبي.pdf");
		assertThat(fetch(document.getAttribute("href"))).startsWith("200 application/pdf attachment");
		assertThat(this.browser.findElement(By.id("summary")).getText()).contains(applicant);
	}

	/** The accused director gets the same 404 as for a number that does not exist, on the page and the API. */
	@Test
	void theAccusedDirectorFindsNothing() {
		String number = new CaseFixtures(this.engine).report(AccusedRole.EXECUTIVE_DIRECTOR, "عقد مع قريب").getBusinessKey();
		logIn("director1");
		for (String path : List.of("/cases/" + number, "/api/cases/" + number, "/cases/" + number + "/ratification",
				"/api/cases/" + number + "/access-log", "/cases/WB-2026-NOSUCH00")) {
			assertThat(fetch(url(path))).as(path).startsWith("404 ");
		}
	}

	/** Overdue, so the task heads its filter's list whatever other tests left open in this shared context. */
	private void headTheList(Task task) {
		task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
		this.engine.getTaskService().saveTask(task);
	}

	/** Selects the task in Tasklist (after its filter, if named), claims it, and follows the case link in its form. */
	private void openCaseFromTask(String filter, Task task, String number) {
		if (filter != null) {
			this.browser.findElement(By.xpath("//*[contains(@class,'task-filter')]//a[contains(.,'" + filter + "')]")).click();
		}
		By link = By.cssSelector("li.task a[href*='task=" + task.getId() + "']");
		WebElement row = this.wait.until(ExpectedConditions.elementToBeClickable(link));
		// the list scrolls inside its own pane: bring the row to its middle, where nothing covers it
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
		row.click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
		WebElement header = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".fjs-form .case-header a.case-file-link")));
		String tasklist = this.browser.getWindowHandle();
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", header);
		header.click();
		// a new tab where the link keeps its target, the same tab otherwise
		this.wait.until(d -> d.getWindowHandles().size() > 1 || d.getCurrentUrl().contains("/cases/"));
		for (String window : this.browser.getWindowHandles()) {
			if (!window.equals(tasklist)) {
				this.browser.switchTo().window(window);
			}
		}
		this.wait.until(ExpectedConditions.textToBe(By.id("number"), number));
	}

	/** Status, type, disposition and the first bytes of a same-origin fetch made by the signed-in page. */
	private String fetch(String href) {
		return String.valueOf(this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(async (r) => done(r.status + ' ' + r.headers.get('content-type') + ' '
				    + r.headers.get('content-disposition') + ' ' + (await r.text()).slice(0, 5)));""", href));
	}

	/** A screenshot of the whole page, not only the window's height. */
	private void wholePage(String name) {
		this.browser.executeScript("window.scrollTo(0, 0)");
		Number height = (Number) this.browser.executeScript("return document.documentElement.scrollHeight");
		this.browser.manage().window().setSize(new Dimension(1366, Math.min(height.intValue() + 140, 4000)));
		Browser.screenshot(this.browser, name);
	}

	private void logIn(String user) {
		Browser.signIn(this.browser, this.wait, this.port, "tasklist", user);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
