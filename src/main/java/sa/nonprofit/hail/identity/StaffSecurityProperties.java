package sa.nonprofit.hail.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff-side security settings: whether processes may be deployed over REST at all (never in {@code prod}), and how
 * many failed sign-ins one client address may make in a window before it is refused for the rest of that window.
 */
@ConfigurationProperties("app.staff-security")
record StaffSecurityProperties(boolean restDeployment, int signInFailures, Duration signInWindow) {
}
