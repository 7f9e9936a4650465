package sa.nonprofit.hail.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

	/** A screenshot of the whole page, not only the window's height. */
	private void wholePage(String name) {
		this.browser.executeScript("window.scrollTo(0, 0)");
		Number height = (Number) this.browser.executeScript("return document.documentElement.scrollHeight");
		this.browser.manage().window().setSize(new Dimension(1366, Math.min(height.intValue() + 140, 4000)));
		Browser.screenshot(this.browser, name);
	}

	private void logIn(String user) {
		this.browser.get(url("/camunda/app/tasklist/"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")))
			.sendKeys(user);
		this.browser.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
		this.browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".navbar-brand .brand-name")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
