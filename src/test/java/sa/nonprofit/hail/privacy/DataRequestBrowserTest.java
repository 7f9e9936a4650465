package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.privacy.DataSubjectProcess.Elements;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Browser;

/** The personal-data page on a phone: problems by field, the receipt shown once, tracking, then the data itself. */
@ApplicationTest
class DataRequestBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

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
	void aPersonFilesARequestKeepsTheReceiptFollowsItAndReadsTheirDataOnAPhone() {
		this.browser.get("http://localhost:" + this.port + "/data-request.html");
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		new Select(this.browser.findElement(By.name("requestType"))).selectByValue("COPY");
		this.browser.findElement(By.name("nationalId")).sendKeys("1000000008");
		this.browser.findElement(By.name("mobile")).sendKeys("12");
		this.browser.findElement(By.cssSelector("#data-request-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#error ul")));
		assertThat(this.browser.findElement(By.id("error")).getText()).contains("رقم الجوال غير صحيح")
			.contains("يلزم الإقرار");
		assertThat(this.browser.findElement(By.id("f-mobile")).getDomAttribute("aria-invalid")).isEqualTo("true");
		Browser.screenshot(this.browser, "data-request-problems");

		this.browser.findElement(By.name("mobile")).clear();
		this.browser.findElement(By.name("mobile")).sendKeys("0512345678");
		this.browser.findElement(By.id("f-declarationAccepted")).click();
		this.browser.findElement(By.cssSelector("#data-request-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
		String number = this.browser.findElement(By.id("request-number")).getText();
		String code = this.browser.findElement(By.id("access-code")).getText();
		assertThat(number).matches("DR-\\d{4}-\\d{6}");
		assertThat(this.browser.findElement(By.cssSelector("#result .warning")).getText()).contains("هذه المرة فقط");
		assertThat(this.browser.getCurrentUrl()).doesNotContain(code);
		Browser.screenshot(this.browser, "data-request-receipt");

		this.browser.findElement(By.name("accessCode")).sendKeys(code);
		this.browser.findElement(By.cssSelector("#follow-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
		assertThat(this.browser.findElement(By.id("stage")).getText()).isEqualTo("قيد التحقق من هويتك");
		assertThat(this.browser.findElement(By.id("due")).getText()).contains("هـ");
		assertThat(this.browser.findElement(By.id("export-form")).isDisplayed()).isFalse();
		Browser.screenshot(this.browser, "data-request-status");

		fulfil(number);
		this.browser.findElement(By.cssSelector("#follow-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("stage"), "نُفّذ"));
		assertThat(this.browser.findElement(By.id("export-form")).isDisplayed()).isTrue();
		Browser.screenshot(this.browser, "data-request-fulfilled");
		String tracking = this.browser.getWindowHandle();
		this.browser.findElement(By.cssSelector("#export-form button[type=submit]")).click();
		this.wait.until(driver -> driver.getWindowHandles().size() == 2);
		this.browser.getWindowHandles().stream().filter(handle -> !handle.equals(tracking)).findFirst()
			.ifPresent(handle -> this.browser.switchTo().window(handle));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("بياناتك الشخصية لدى الجمعية");
		// a data request shows what was done with it, in Arabic, not the filer's contact or words
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains(number)
			.contains("نسخة من البيانات");
		Browser.screenshot(this.browser, "data-request-export");
		Number sideways = (Number) this.browser.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(sideways.intValue()).as("how far the export page scrolls sideways on a phone, in pixels")
			.isLessThanOrEqualTo(0);
	}

	/** The officer's side, through the engine as Tasklist would drive it. */
	@Test
	void thePrivacyNoticeReadsOnAPhoneInArabicThenEnglishAndLeadsToTheRequestPage() {
		this.browser.get("http://localhost:" + this.port + "/data-request.html");
		this.browser.findElement(By.cssSelector("#data-request-form .privacy-line a")).click();
		this.wait.until(ExpectedConditions.urlContains("/privacy.html"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("إشعار الخصوصية");
		assertThat(this.browser.findElement(By.id("activity-whistleblowing")).getText()).contains("٣٦٥٠")
			.doesNotContain("3650");
		Number sideways = (Number) this.browser.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(sideways.intValue()).as("how far the notice scrolls sideways on a phone, in pixels").isZero();
		Browser.screenshot(this.browser, "privacy-notice");
		this.browser.findElement(By.id("lang")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Privacy notice");
		assertThat(this.browser.findElement(By.id("rights")).getText()).contains("To see the personal data");
		assertThat(this.browser.findElement(By.id("how-to")).findElement(By.tagName("a")).getText())
			.isEqualTo("the personal data request page");
		Browser.screenshot(this.browser, "privacy-notice-en");
		this.browser.findElement(By.cssSelector("#how-to a")).click();
		this.wait.until(ExpectedConditions.urlContains("/data-request.html"));
	}

	private void fulfil(String number) {
		ProcessInstance request = this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
			.singleResult();
		this.management.executeJob(this.management.createJobQuery().processInstanceId(request.getId())
			.activityId(Elements.NOTIFY_RECEIVED).singleResult().getId());
		this.identity.setAuthentication("dpo1", List.of(StaffGroupId.DPO));
		try {
			complete(request, Map.of(Variables.IDENTITY_VERIFIED, true, Variables.VERIFICATION_METHOD,
					"ID_DOCUMENT_IN_PERSON"));
			complete(request, Map.of(Variables.DATA_REQUEST_DECISION, "FULFIL"));
			complete(request, Map.of(Variables.EXPORT_READY, true));
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private void complete(ProcessInstance request, Map<String, Object> variables) {
		this.tasks.complete(this.tasks.createTaskQuery().processInstanceId(request.getId()).singleResult().getId(),
				variables);
	}

	private static final class StaffGroupId {

		static final String DPO = sa.nonprofit.hail.identity.StaffGroup.DATA_PROTECTION_OFFICER.id();

	}

}
