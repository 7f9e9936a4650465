package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Browser;

/** A beneficiary relations officer finds the breach report among Tasklist's processes and its start form in Arabic. */
@ApplicationTest
class BreachStartBrowserTest {

	private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anyStaffMemberOpensTheBreachStartFormInArabic() {
		this.browser = Browser.startDesktop();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		wait.ignoring(StaleElementReferenceException.class);
		Browser.signIn(this.browser, wait, this.port, "tasklist", "relations1");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action"))).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.linkText(DataBreachProcess.ROW_TITLE))).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-form textarea")));
		// what a reader meets: the text, and the placeholders of the fields (a date picker's would be mm/dd/yyyy)
		String form = String.valueOf(this.browser.executeScript("""
				const form = document.querySelector('.modal .fjs-form');
				const parts = [form.innerText];
				form.querySelectorAll('input, textarea').forEach((field) => parts.push(field.placeholder || ''));
				return parts.join('\\n');"""));
		Browser.screenshot(this.browser, "breach-start-form-ar");

		assertThat(form).contains("الإبلاغ عن حادثة تسرب بيانات شخصية", "٧٢ ساعة", "ما حدث", "وقت علم الجمعية بالحادثة",
				"2026-03-12 20:30", "كيف اكتُشفت الحادثة");
		Matcher english = LATIN_WORD.matcher(form);
		assertThat(english.find()).as("English left in the start form: " + form).isFalse();
	}

}
