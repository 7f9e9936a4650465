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
	void anAnonymousReporterKeepsTheReceiptCopiesItFollowsTheReportAndSendsNewEvidence() {
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
		assertOnOneLineInsideTheScreen(code);
		assertThat(code.getCssValue("font-family")).containsIgnoringCase("mono");
		assertThat(code.getCssValue("direction")).isEqualTo("ltr");
		assertThat(this.browser.findElement(By.cssSelector("#result .warning")).getText()).contains("هذه المرة فقط");

		assertThat(copyAndReadBack()).isEqualTo(accessCode);
		assertThat(this.browser.findElement(By.cssSelector("#result .copied")).getText()).isEqualTo("نُسخ");
		Browser.screenshot(this.browser, "report-receipt");
		assertPrintsTheReceiptAlone("report-receipt-print");

		WebElement link = this.browser.findElement(By.id("track-link"));
		assertThat(link.getDomAttribute("href")).isEqualTo("/track.html?report=" + reportNumber)
			.doesNotContain(accessCode);
		this.browser.navigate().back();
		assertThat(this.browser.findElement(By.id("result")).isDisplayed()).as("Back keeps the receipt").isTrue();
		assertThat(this.browser.findElement(By.id("access-code")).getText()).isEqualTo(accessCode);
		assertThat(this.browser.findElement(By.id("report-form")).isDisplayed()).isFalse();

		followInANewTab(this.browser.findElement(By.id("track-link")));
		assertThat(this.browser.findElement(By.name("number")).getDomProperty("value")).isEqualTo(reportNumber);
		assertThat(this.browser.findElement(By.id("secret-label")).getText()).isEqualTo("رمز المتابعة");
		this.browser.findElement(By.name("secret")).sendKeys(accessCode);
		this.browser.findElement(By.cssSelector("#track-form button[type=submit]")).click();
		WebElement stage = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stage")));
		assertThat(stage.getText()).isEqualTo("استُلم البلاغ");
		List<WebElement> steps = this.browser.findElements(By.cssSelector("#steps li"));
		assertThat(steps).extracting(step -> step.getDomAttribute("class"))
			.containsExactly("step done", "step upcoming", "step upcoming", "step upcoming");
		assertThat(steps.get(0).findElement(By.tagName("time")).getText()).contains("هـ");
		assertThat(this.browser.findElement(By.id("next")).getText()).contains("الخطوة التالية");
		Browser.screenshot(this.browser, "report-tracking-stepper");

		this.browser.findElement(By.name("text")).sendKeys("لدي صور للفواتير");
		this.browser.findElement(By.cssSelector("#message-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-result"), "وصلت رسالتك"));
		Browser.screenshot(this.browser, "report-tracking");
		assertThat(this.runtime.getVariable(
				this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(reportNumber).singleResult().getId(),
				"newEvidence")).isEqualTo("لدي صور للفواتير");
	}

	@Test
	void onADesktopTheReceiptKeepsTheCodeOnOneLineAndCopiesIt() {
		this.browser.quit();
		this.browser = Browser.startDesktop();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		open("/report.html");
		new Select(this.browser.findElement(By.name("category"))).selectByValue("ADMINISTRATIVE");
		this.browser.findElement(By.name("description")).sendKeys("تعارض مصالح في عقد توريد");
		this.browser.findElement(By.cssSelector("#report-form button[type=submit]")).click();
		WebElement code = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-code")));
		assertOnOneLineInsideTheScreen(code);
		assertThat(copyAndReadBack()).isEqualTo(code.getText());
		assertThat(this.browser.findElement(By.id("track-link")).getDomAttribute("href"))
			.isEqualTo("/track.html?report=" + this.browser.findElement(By.id("report-number")).getText());
		Browser.screenshot(this.browser, "report-receipt-desktop");
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
	void anApplicantSeesEveryProblemBesideItsFieldAtOnceThenGetsAReceiptAndFollowsTheSteps() throws IOException {
		open("/support.html");
		this.browser.findElement(By.name("applicantName")).sendKeys("عبدالله محمد الشمري");
		this.browser.findElement(By.name("nationalId")).sendKeys("1000006014");
		this.browser.findElement(By.name("mobile")).sendKeys("0451234567");
		new Select(this.browser.findElement(By.name("supportType"))).selectByValue("NUTRITION_CONSULTATION");
		this.browser.findElement(By.name("requestDetails")).sendKeys("أحتاج استشارة تغذوية");
		Path idCopy = Files.createTempFile("id-copy", ".pdf");
		Files.write(idCopy, PortalApiTest.PDF);
		this.browser.findElement(By.name("attachments")).sendKeys(idCopy.toString());
		this.browser.findElement(By.cssSelector("#support-form button[type=submit]")).click();

		this.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#support-form .field-error"), 3));
		assertProblemBeside("nationalId",
				"رقم الهوية الوطنية أو الإقامة غير صحيح، تأكد من الأرقام العشرة (تبدأ بـ ١ للمواطن أو ٢ للمقيم)");
		assertProblemBeside("mobile", "رقم الجوال غير صحيح، اكتب رقمًا سعوديًا من عشرة أرقام يبدأ بـ ٠٥");
		assertProblemBeside("declarationAccepted", "ضع علامة على الإقرار بصحة بياناتك قبل الإرسال");
		assertThat(this.browser.findElement(By.id("f-nationalId")).getDomAttribute("aria-describedby"))
			.as("the hint stays described too").contains("hint-nationalId");
		assertThat(this.browser.findElement(By.id("f-applicantName")).getDomAttribute("aria-invalid")).isNull();
		WebElement summary = this.browser.findElement(By.id("error"));
		assertThat(summary.getDomAttribute("role")).isEqualTo("alert");
		assertThat(summary.findElements(By.cssSelector("li a"))).extracting(a -> a.getDomAttribute("href"))
			.containsExactly("#f-nationalId", "#f-mobile", "#f-declarationAccepted");
		summary.findElement(By.cssSelector("li a")).click();
		assertThat(this.browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("f-nationalId");
		Browser.screenshot(this.browser, "support-field-errors");

		this.browser.findElement(By.name("nationalId")).clear();
		this.browser.findElement(By.name("nationalId")).sendKeys("1000006013");
		this.browser.findElement(By.name("mobile")).clear();
		this.browser.findElement(By.name("mobile")).sendKeys("0551234567");
		this.browser.findElement(By.name("declarationAccepted")).click();
		this.browser.findElement(By.cssSelector("#support-form button[type=submit]")).click();
		WebElement number = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request-number")));
		assertThat(number.getText()).matches("BR-\\d{4}-\\d{6}");
		assertOnOneLineInsideTheScreen(number);
		assertThat(copyAndReadBack()).isEqualTo(number.getText());
		Browser.screenshot(this.browser, "support-receipt");
		assertThat(this.jdbc.queryForObject("SELECT media_type FROM app_case_document WHERE case_number = ?",
				String.class, number.getText())).isEqualTo("application/pdf");

		String requestNumber = number.getText();
		WebElement link = this.browser.findElement(By.id("track-link"));
		assertThat(link.getDomAttribute("href")).isEqualTo("/track.html?request=" + requestNumber);
		followInANewTab(link);
		assertThat(this.browser.findElement(By.name("number")).getDomProperty("value")).isEqualTo(requestNumber);
		this.browser.findElement(By.name("secret")).sendKeys("1000006013");
		this.browser.findElement(By.cssSelector("#track-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#steps li"), 4));
		assertThat(this.browser.findElements(By.cssSelector("#steps li"))).extracting(step -> step.getDomAttribute("class"))
			.containsExactly("step done", "step current", "step upcoming", "step upcoming");
		assertThat(this.browser.findElement(By.cssSelector("#steps li.current")).getDomAttribute("aria-current"))
			.isEqualTo("step");
		Browser.screenshot(this.browser, "support-tracking-stepper");
	}

	@Test
	void theApplicantSeesTheCommitteesPromisedDateInHijriAndGregorianOnPhoneAndDesktop() {
		String number = "BR-2026-888803";
		this.runtime.createProcessInstanceByKey("BeneficiaryRequestProcess")
			.businessKey(number)
			.startBeforeActivity("Task_CommitteeDecision")
			.setVariables(Map.of(Variables.REQUEST_NUMBER, number, Variables.NATIONAL_ID, "1000006013",
					Variables.APPLICANT_NAME, "عبدالله الشمري", Variables.MOBILE, "0551234567", Variables.CHANNEL,
					"WEBSITE", Variables.SUPPORT_TYPE, "FITNESS_PROGRAM", Variables.REQUEST_DETAILS, "برنامج لياقة",
					Variables.COMMITTEE_DECISION_DUE, this.deadlines.committeeDecisionDue()))
			.execute();
		for (boolean phone : List.of(true, false)) {
			if (!phone) {
				this.browser.quit();
				this.browser = Browser.startDesktop();
				this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
			}
			open("/track?request=" + number);
			this.browser.findElement(By.name("secret")).sendKeys("1000006013");
			this.browser.findElement(By.cssSelector("#track-form button[type=submit]")).click();
			WebElement current = this.wait.until(
					ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#steps li.current")));
			assertThat(current.findElement(By.className("step-name")).getText()).isEqualTo("قرار لجنة البحث");
			assertThat(current.findElement(By.className("step-due")).getText()).startsWith("الموعد المتوقع:")
				.contains("هـ").contains("(");
			WebElement next = this.browser.findElement(By.id("next"));
			assertThat(next.getText()).contains("قرار لجنة البحث في طلبك").contains("هـ");
			assertThat(this.browser.findElements(By.cssSelector("#steps li.done"))).hasSize(2);
			Browser.screenshot(this.browser, phone ? "tracking-stepper-committee" : "tracking-stepper-committee-desktop");
		}
		this.browser.findElement(By.id("lang")).click();
		assertThat(this.browser.findElement(By.cssSelector("#steps li.current .step-name")).getText())
			.isEqualTo("The research committee's decision");
		assertThat(this.browser.findElement(By.cssSelector("#steps li.current .step-due")).getText())
			.startsWith("Expected by:").contains("AH");
		this.browser.findElement(By.id("lang")).click();
	}

	@Test
	void theSurveyWithoutItsLinkSaysSoAtOnce() {
		open("/survey.html");
		assertThat(this.browser.findElement(By.id("no-link")).getText()).contains("الرابط الذي وصلك");
		assertThat(this.browser.findElements(By.id("survey-form"))).isEmpty();
		Browser.screenshot(this.browser, "survey-without-link");
	}

	@Test
	void unknownPathsAndFailuresGetTheArabicErrorPage() {
		open("/no-such-page");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("الصفحة غير موجودة");
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.browser.findElement(By.id("home-link")).getDomAttribute("href")).isEqualTo("/");
		Browser.screenshot(this.browser, "error-404");
		open("/error");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("حدث خطأ غير متوقع");
		Browser.screenshot(this.browser, "error-500");
	}

	@Test
	void aNonAdministratorOpeningCockpitGetsTheArabic403Page() {
		this.browser.quit();
		this.browser = Browser.startDesktop();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		Browser.signIn(this.browser, this.wait, this.port, "tasklist", "relations1");
		open("/camunda/app/cockpit/default/");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("ليست لديك صلاحية لهذه الصفحة");
		assertThat(this.browser.findElement(By.cssSelector(".error-english h2")).getText())
			.isEqualTo("You may not open this page");
		Browser.screenshot(this.browser, "error-403-cockpit");
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
		assertThat(this.browser.findElement(By.id("licence-number")).getText()).isEqualTo(this.organization.licenceNumber());
		assertThat(this.browser.findElement(By.id("contact-email")).getText()).isEqualTo(this.organization.email());
		assertThat(this.browser.findElement(By.id("contact-phone")).getText()).isEqualTo(this.organization.phone());
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

	/** The element is exactly one line high (a one-character copy of it gives the height of a line) and fits. */
	private void assertOnOneLineInsideTheScreen(WebElement element) {
		@SuppressWarnings("unchecked")
		List<Number> box = (List<Number>) this.browser.executeScript("""
				const element = arguments[0];
				const probe = element.cloneNode(false);
				probe.textContent = 'X';
				element.after(probe);
				const line = probe.getBoundingClientRect().height;
				probe.remove();
				const rect = element.getBoundingClientRect();
				return [rect.height, line, rect.left, rect.right, document.documentElement.clientWidth];""", element);
		assertThat(box.get(0).doubleValue()).as("height of " + element.getText() + " against one line")
			.isCloseTo(box.get(1).doubleValue(), org.assertj.core.data.Offset.offset(0.5));
		assertThat(box.get(2).doubleValue()).as("left edge").isGreaterThanOrEqualTo(0);
		assertThat(box.get(3).doubleValue()).as("right edge").isLessThanOrEqualTo(box.get(4).doubleValue());
	}

	/** Clicks the receipt's copy button, waits for its confirmation and reads the clipboard back. */
	private String copyAndReadBack() {
		this.browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + this.port,
				"permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		this.browser.findElement(By.cssSelector("#result .copy")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .copied")));
		return (String) this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.clipboard.readText().then(done, (error) => done('clipboard refused: ' + error));""");
	}

	/** Printing shows the receipt and nothing else of the page. */
	private void assertPrintsTheReceiptAlone(String screenshot) {
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(this.browser.findElement(By.id("access-code")).isDisplayed()).isTrue();
			assertThat(this.browser.findElement(By.tagName("header")).isDisplayed()).isFalse();
			assertThat(this.browser.findElement(By.tagName("footer")).isDisplayed()).isFalse();
			assertThat(this.browser.findElement(By.cssSelector("#result .actions")).isDisplayed()).isFalse();
			Browser.screenshot(this.browser, screenshot);
		}
		finally {
			this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	/** Follows a link that opens a new tab, and goes on in that tab. */
	private void followInANewTab(WebElement link) {
		String receipt = this.browser.getWindowHandle();
		link.click();
		this.wait.until(ExpectedConditions.numberOfWindowsToBe(2));
		this.browser.getWindowHandles()
			.stream()
			.filter(handle -> !handle.equals(receipt))
			.findFirst()
			.ifPresent(handle -> this.browser.switchTo().window(handle));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("track-form")));
	}

	private void assertProblemBeside(String field, String message) {
		WebElement input = this.browser.findElement(By.id("f-" + field));
		assertThat(input.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(input.getDomAttribute("aria-describedby")).contains("problem-" + field);
		assertThat(this.browser.findElement(By.id("problem-" + field)).getText()).isEqualTo(message);
	}

}
