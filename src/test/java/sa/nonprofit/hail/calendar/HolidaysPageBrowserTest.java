package sa.nonprofit.hail.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Browser;

/**
 * The administrator's holiday page in a real browser, on a phone and an office screen: Hijri beside Gregorian, one row
 * per holiday however many days it lasts, nothing overlapping, and a deletion that asks before it happens.
 */
@ApplicationTest
class HolidaysPageBrowserTest {

	private static final LocalDate FIRST = LocalDate.of(2027, 6, 6);

	private static final LocalDate LAST = LocalDate.of(2027, 6, 7);

	private static final String NAME = "إجازة اختبار الحذف";

	@LocalServerPort
	int port;

	@Autowired
	HolidayCalendar calendar;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void signIn() {
		this.calendar.add(FIRST, LAST, NAME);
		this.browser = Browser.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		Browser.signIn(this.browser, this.wait, this.port, "cockpit", "admin");
	}

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (!this.calendar.list(FIRST, LAST).isEmpty()) {
			this.calendar.remove(FIRST, LAST);
		}
	}

	@Test
	void aHolidayOfSeveralDaysIsOneRowInHijriAndGregorian() {
		open();
		WebElement eid = row("2026-03-19");
		assertThat(eid.getAttribute("data-to")).isEqualTo("2026-03-22");
		assertThat(eid.getText()).contains("إجازة عيد الفطر", "شوال ١٤٤٧ هـ", "١٩ مارس ٢٠٢٦", "٢٢ مارس ٢٠٢٦");
		assertThat(this.browser.findElements(By.xpath("//tbody[@id='rows']/tr[td[3][.='إجازة عيد الفطر']]")))
			.as("one row for each Eid holiday, not one per day")
			.hasSize(2);
		Browser.screenshot(this.browser, "holidays-phone");
	}

	@Test
	void theAddFormLaysOutWithoutOverlapOnAPhoneAndADesk() {
		open();
		assertNoOverlap();
		this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
		open();
		assertNoOverlap();
		Browser.screenshot(this.browser, "holidays-desktop");
	}

	@Test
	void aDateTypedShowsItsHijriDay() {
		open();
		this.browser.executeScript("const input = document.querySelector('#add [name=from]');"
				+ "input.value = '2027-03-09'; input.dispatchEvent(new Event('input'));");
		assertThat(this.browser.findElement(By.id("from-hijri")).getText()).contains("١٤٤٨ هـ");
	}

	@Test
	void deletingAsksFirstAndCanBeCancelled() {
		open();
		row(FIRST.toString()).findElement(By.cssSelector("button.remove")).click();
		assertThat(this.calendar.list(FIRST, LAST)).as("one click deletes nothing").hasSize(2);
		row(FIRST.toString()).findElement(By.cssSelector("button.cancel")).click();
		assertThat(row(FIRST.toString()).findElements(By.cssSelector("button.confirm"))).isEmpty();

		row(FIRST.toString()).findElement(By.cssSelector("button.remove")).click();
		WebElement confirm = row(FIRST.toString()).findElement(By.cssSelector("button.confirm"));
		assertThat(confirm.getText()).contains(NAME);
		Browser.screenshot(this.browser, "holidays-confirm-delete");
		confirm.click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "حُذفت"));
		assertThat(this.calendar.list(FIRST, LAST)).as("both days of the holiday are gone").isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("#rows tr[data-from='" + FIRST + "']"))).isEmpty();
	}

	private void open() {
		this.browser.get("http://localhost:" + this.port + "/admin/holidays.html");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rows tr")));
	}

	private WebElement row(String from) {
		return this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rows tr[data-from='" + from + "']")));
	}

	private void assertNoOverlap() {
		Rectangle button = this.browser.findElement(By.cssSelector("#add button[type=submit]")).getRect();
		for (String field : new String[] { "from", "to", "name" }) {
			Rectangle input = this.browser.findElement(By.cssSelector("#add [name=" + field + "]")).getRect();
			boolean apart = button.x >= input.x + input.width || input.x >= button.x + button.width
					|| button.y >= input.y + input.height || input.y >= button.y + button.height;
			assertThat(apart).as("the Add button does not cover the " + field + " field").isTrue();
		}
		assertThat((Boolean) this.browser.executeScript(
				"return document.documentElement.scrollWidth > document.documentElement.clientWidth"))
			.as("nothing scrolls sideways").isFalse();
	}

}
