package sa.nonprofit.hail.system;

import java.time.Clock;
import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's own time: one {@link Clock} in the association's zone ({@code app.time-zone}, default
 * Asia/Riyadh), injected wherever the application reads "now" or a zone for its own purposes (rate limits, throttles,
 * the break-glass log, figures, the portal). Code that runs inside process execution and must follow the engine's clock
 * (deadlines, case numbers, the declaration time, notification records) reads the engine's {@code ClockUtil} for
 * the moment and this clock only for the zone. Tests replace this bean with a clock they move.
 */
@Configuration(proxyBeanMethods = false)
public class ApplicationTime {

	/** The property naming the association's zone. */
	public static final String ZONE_PROPERTY = "app.time-zone";

	/** The zone when {@link #ZONE_PROPERTY} is not set: the association works in Riyadh time. */
	public static final String DEFAULT_ZONE = "Asia/Riyadh";

	@Bean
	Clock clock(@Value("${" + ZONE_PROPERTY + ":" + DEFAULT_ZONE + "}") ZoneId zone) {
		return Clock.system(zone);
	}

	/**
	 * Makes the configured zone the JVM's default before anything starts: the engine stores and shows dates in the
	 * default zone, and they must agree with the clock above.
	 */
	public static ApplicationListener<ApplicationEnvironmentPreparedEvent> defaultZone() {
		return event -> TimeZone.setDefault(TimeZone.getTimeZone(
				ZoneId.of(event.getEnvironment().getProperty(ZONE_PROPERTY, DEFAULT_ZONE))));
	}

}
