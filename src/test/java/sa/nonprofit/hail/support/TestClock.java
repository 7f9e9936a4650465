package sa.nonprofit.hail.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import sa.nonprofit.hail.system.ApplicationTime;

/**
 * The application's clock in tests: system time until a test freezes or sets it, so that a test moves rate-limit
 * refills and lock windows forward instead of waiting for them. A test that moves it calls {@link #reset()} in its
 * {@code @AfterEach}, since the context (and this clock) may be shared with other test classes.
 */
public final class TestClock extends Clock {

	private final ZoneId zone;

	/** The frozen moment, or null while the clock follows system time. */
	private volatile Instant frozen;

	public TestClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Stops the clock at the moment it reads now. */
	public TestClock freeze() {
		this.frozen = instant();
		return this;
	}

	/** Stops the clock at {@code moment}. */
	public void set(Instant moment) {
		this.frozen = moment;
	}

	/** Moves the frozen clock forward (freezing it first if it runs). */
	public void advance(Duration duration) {
		this.frozen = instant().plus(duration);
	}

	/** Back to system time. */
	public void reset() {
		this.frozen = null;
	}

	@Override
	public Instant instant() {
		Instant moment = this.frozen;
		return moment != null ? moment : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The application's clock has one zone");
	}

	/**
	 * Puts the test clock in place of the application's clock, for the test annotations that {@code @Import} it. Not
	 * annotated, so that no component scan (e.g. of an application started from the test class path) picks it up.
	 */
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock(@Value("${" + ApplicationTime.ZONE_PROPERTY + ":" + ApplicationTime.DEFAULT_ZONE + "}") ZoneId zone) {
			return new TestClock(zone);
		}

	}

}
