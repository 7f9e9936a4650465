package sa.nonprofit.hail.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium: sized like a phone for the portal, like an office screen for the
 * staff webapps. The browser's own language is English, so Arabic pages prove they do not depend on it. Tests using
 * it are skipped, with the reason, where Chromium is not installed; CI installs it (.ci/run).
 */
public final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	/** A phone-sized browser (390×844), as most applicants and reporters use. */
	public static ChromeDriver start() {
		ChromeDriver driver = start("390,844");
		// Chromium's windows are never narrower than 500 pixels: the phone's width is emulated.
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		return driver;
	}

	/** An office screen, as staff use Tasklist and Cockpit. */
	public static ChromeDriver startDesktop() {
		return start("1366,900");
	}

	private static ChromeDriver start(String windowSize) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		String missing = "Browser tests need Debian's Chromium: sudo apt-get install -y chromium chromium-driver";
		// CI installs Chromium and says so (.ci/run): there a missing browser fails the build instead of skipping.
		if ("true".equals(System.getenv("BROWSER_TESTS_REQUIRED")) && !installed) {
			throw new IllegalStateException(missing);
		}
		Assumptions.assumeTrue(installed, missing);
		try {
			ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-quic", "--no-first-run", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--lang=en-US", "--window-size=" + windowSize,
						"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Signs in to one of the Camunda webapps as a demo user (password "demo") and waits for its header. */
	public static void signIn(ChromeDriver driver, WebDriverWait wait, int port, String app, String user) {
		By brand = By.cssSelector(".navbar-brand .brand-name");
		for (int attempt = 1;; attempt++) {
			driver.get("http://localhost:" + port + "/camunda/app/" + app + "/");
			// Typed before AngularJS has bound the form, the name never reaches the model and the form submits nothing:
			// wait until the field is bound (ng-pristine), and type until it is dirty.
			WebElement name = wait.until(ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector("input[ng-model=username].ng-pristine")));
			name.sendKeys(user);
			driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
			wait.until(ExpectedConditions.attributeContains(name, "class", "ng-dirty"));
			driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
			try {
				// A webapp's first screen loads many scripts: on a busy two-core machine that can take a while.
				new WebDriverWait(driver, Duration.ofSeconds(45)).until(ExpectedConditions.visibilityOfElementLocated(brand));
				return;
			}
			catch (org.openqa.selenium.TimeoutException ex) {
				screenshot(driver, "sign-in-failed-" + user + "-" + attempt);
				if (attempt == 2) {
					throw new AssertionError(user + " could not sign in to " + app + " at " + driver.getCurrentUrl()
							+ ": " + driver.findElement(By.tagName("body")).getText(), ex);
				}
			}
		}
	}

	/** Saves the whole page, not only what the window shows, under target/screenshots/. */
	public static void screenshot(ChromeDriver driver, String name) {
		try {
			Path directory = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(directory.resolve(name + ".png"), wholePage(driver));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Pages longer than the window are captured whole; apps that scroll inside fixed panes (Tasklist, Cockpit) as the
	 * window shows them, since capturing beyond the window resizes it for a moment and they lay themselves out again.
	 */
	private static byte[] wholePage(ChromeDriver driver) {
		Object longer = driver.executeScript(
				"return document.documentElement.scrollHeight > window.innerHeight + 1");
		if (!Boolean.TRUE.equals(longer)) {
			return driver.getScreenshotAs(OutputType.BYTES);
		}
		Object value = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true))
			.get("data");
		return value instanceof String data ? Base64.getDecoder().decode(data) : driver.getScreenshotAs(OutputType.BYTES);
	}

}
