package sa.nonprofit.hail.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long failed sign-ins and access checks are kept ({@code app.security.failed-attempts.kept}): at least the longest
 * window that counts them (the sign-in window, the portal's lock time).
 */
@ConfigurationProperties("app.security.failed-attempts")
record FailedAttemptProperties(@DefaultValue("PT1H") Duration kept) {
}
