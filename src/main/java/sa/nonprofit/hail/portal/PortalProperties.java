package sa.nonprofit.hail.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits of the public portal (see application.yaml, app.portal). */
@ConfigurationProperties("app.portal")
record PortalProperties(int submissionsPerMinute, int checksPerMinute, int maxFailedChecks,
		int maxFailedChecksPerClient, Duration lockTime) {
}
