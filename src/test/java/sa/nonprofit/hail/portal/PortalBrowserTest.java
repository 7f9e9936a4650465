package sa.nonprofit.hail.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.calendar.Deadlines;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Browser;
import sa.nonprofit.hail.system.OrganizationProperties;
import sa.nonprofit.hail.whistleblowing.ReportIntake;
import sa.nonprofit.hail.whistleblowing.ReporterThread;

/** The portal in a real browser, in Arabic on a phone-sized screen; screenshots under target/screenshots/. */
@ApplicationTest
class PortalBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	OrganizationProperties organization;

	@Autowired
	Deadlines deadlines;

	@Autowired
	ReportIntake reports;

	@Autowired
	ReporterThread thread;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anAnonymousReporterReportsKeepsTheCodeTracksAndSendsNewEvidence() {
		open("/report.html");
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		new Select(this.browser.findElement(By.name("category"))).selectByValue("FINANCIAL");
		this.browser.findElement(By.name("description")).sendKeys("صرف مبالغ من صندوق الجمعية دون مستندات");
		Browser.screenshot(this.browser, "report-form");
		this.browser.findElement(By.cssSelector("#report-form button[type=submit]")).click();

		WebElement code = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-code")));
		String accessCode = code.getText();
		String reportNumber = this.browser.findElement(By.id("report-number")).getText();
		assertThat(reportNumber).matches("WB-\\d{4}-[0-9A-HJKMNP-TV-Z]{8}");
		assertThat(accessCode).hasSize(23);
		Browser.screenshot(this.browser, "report-receipt");

		open("/track.html");
		this.browser.findElement(By.name("number")).sendKeys(reportNumber);
		this.browser.findElement(By.name("secret")).sendKeys(accessCode);
		this.browser.findElement(By.cssSelector("#track-form button[type=submit]")).click();
		WebElement stage = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stage")));
		assertThat(stage.getText()).isEqualTo("استُلم البلاغ");

		this.browser.findElement(By.name("text")).sendKeys("لدي صور للفواتير");
		this.browser.findElement(By.cssSelector("#message-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-result"), "وصلت رسالتك"));
		Browser.screenshot(this.browser, "report-tracking");
		assertThat(this.runtime.getVariable(
				this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(reportNumber).singleResult().getId(),
				"newEvidence")).isEqualTo("لدي صور للفواتير");
	}

	@Test
	void theReporterReadsTheAuditorsReplyOnTheTrackingPageAndAnswersWithAFile() throws IOException {
		ReportIntake.Receipt receipt = this.reports.submit(
				new ReportIntake.ReportForm("FINANCIAL", "صرف مبالغ دون مستندات", null, null, null), List.of());
		String number = receipt.reportNumber();
		this.thread.fromStaff(number, "auditor1", "شكراً لبلاغك. هل لديك صورة من سند الصرف؟");

		open("/track.html");
		this.browser.findElement(By.name("number")).sendKeys(number);
		this.browser.findElement(By.name("secret")).sendKeys(receipt.accessCode());
		this.browser.findElement(By.cssSelector("#track-form button[type=submit]")).click();
		WebElement reply = this.wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#thread li.from-association")));
		assertThat(reply.findElement(By.className("who")).getText()).isEqualTo("رد الجمعية");
		assertThat(reply.findElement(By.className("text")).getText()).isEqualTo("شكراً لبلاغك. هل لديك صورة من سند الصرف؟");
		assertThat(reply.findElement(By.tagName("time")).getDomAttribute("datetime")).isNotBlank();
		assertThat(reply.getText()).doesNotContain("auditor1");

		Path pdf = Files.createTempFile("voucher", ".pdf");
		Files.write(pdf, PortalApiTest.PDF);
		this.browser.findElement(By.name("text")).sendKeys("نعم، أرفقت صورة السند");
		this.browser.findElement(By.cssSelector("#message-form input[type=file]")).sendKeys(pdf.toString());
		this.browser.findElement(By.cssSelector("#message-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-result"), "وصلت رسالتك"));
		this.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#thread li"), 2));
		WebElement mine = this.browser.findElement(By.cssSelector("#thread li.from-reporter"));
		assertThat(mine.findElement(By.className("who")).getText()).isEqualTo("رسالتك");
		assertThat(mine.findElement(By.className("text")).getText()).isEqualTo("نعم، أرفقت صورة السند");
		Browser.screenshot(this.browser, "report-thread");

		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM app_case_document WHERE case_number = ? AND uploaded_by IS NULL", Long.class,
				number)).isEqualTo(1L);
		this.browser.findElement(By.id("lang")).click();
		assertThat(this.browser.findElement(By.cssSelector("#thread li.from-association .who")).getText())
			.isEqualTo("The association replied");
		Browser.screenshot(this.browser, "report-thread-en");
		this.browser.findElement(By.id("lang")).click();
	}

	@Test
	void anApplicantAsksForSupportWithTheDeclarationAndACopyOfTheirId() throws IOException {
		open("/support.html");
		this.browser.findElement(By.name("applicantName")).sendKeys("عبدالله محمد الشمري");
		this.browser.findElement(By.name("nationalId")).sendKeys("1000006013");
		this.browser.findElement(By.name("mobile")).sendKeys("0551234567");
		new Select(this.browser.findElement(By.name("supportType"))).selectByValue("NUTRITION_CONSULTATION");
		this.browser.findElement(By.name("requestDetails")).sendKeys("أحتاج استشارة تغذوية");
		Path idCopy = Files.createTempFile("id-copy", ".pdf");
		Files.write(idCopy, PortalApiTest.PDF);
		this.browser.findElement(By.name("attachments")).sendKeys(idCopy.toString());
		this.browser.findElement(By.cssSelector("#support-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "الإقرار"));
		Browser.screenshot(this.browser, "support-missing-declaration");

		this.browser.findElement(By.name("declarationAccepted")).click();
		this.browser.findElement(By.cssSelector("#support-form button[type=submit]")).click();
		WebElement number = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request-number")));
		assertThat(number.getText()).matches("BR-\\d{4}-\\d{6}");
		Browser.screenshot(this.browser, "support-receipt");
		assertThat(this.jdbc.queryForObject("SELECT media_type FROM app_case_document WHERE case_number = ?",
				String.class, number.getText())).isEqualTo("application/pdf");
	}

	@Test
	void anApplicantAnswersTheSurveyFromItsLink() {
		String instance = this.runtime.createProcessInstanceByKey("BeneficiaryRequestProcess")
			.businessKey("BR-2026-777777")
			.startBeforeActivity("Task_ReceiveSurvey")
			.setVariables(Map.of(Variables.SURVEY_TOKEN, "browser-survey-token", Variables.REQUEST_NUMBER,
					"BR-2026-777777", Variables.SURVEY_ANSWER_DUE, this.deadlines.surveyAnswerDue()))
			.execute()
			.getId();
		open("/survey.html?token=browser-survey-token");
		this.browser.findElement(By.cssSelector("input[name=score][value='5']")).click();
		this.browser.findElement(By.name("comment")).sendKeys("خدمة ممتازة وسريعة");
		Browser.screenshot(this.browser, "survey-form");
		this.browser.findElement(By.cssSelector("#survey-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
		Browser.screenshot(this.browser, "survey-thanks");
		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
			.getEndActivityId()).isEqualTo("End_Served");
	}

	@Test
	void theHomePageSwitchesToEnglishAndBack() {
		open("/");
		// The name comes with the page: no script swaps it in after a flash of another one.
		assertThat(this.browser.findElement(By.cssSelector("header h1")).getText()).isEqualTo(this.organization.name());
		assertThat(this.browser.findElement(By.cssSelector("footer")).getText())
			.contains(this.organization.licenceNumber());
		Browser.screenshot(this.browser, "home-ar");
		this.browser.findElement(By.id("lang")).click();
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
		assertThat(this.browser.findElement(By.cssSelector("nav a")).getText()).isEqualTo("Ask for support");
		assertThat(this.browser.findElement(By.cssSelector("header h1")).getText())
			.isEqualTo(this.organization.englishName());
		assertThat(this.browser.findElement(By.cssSelector("footer")).getText())
			.contains("licensed by the National Center for Non-Profit Sector Development");
		Browser.screenshot(this.browser, "home-en");
		this.browser.findElement(By.id("lang")).click();
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
