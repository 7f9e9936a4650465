package sa.nonprofit.hail.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a caller is told while the database is out of reach ({@code app.database-outage}): when to try again.
 *
 * @param retryAfter the {@code Retry-After} of the 503 answer, whole seconds
 */
@ConfigurationProperties("app.database-outage")
record DatabaseOutageProperties(@DefaultValue("30s") Duration retryAfter) {
}
