package sa.nonprofit.hail.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reverse proxies whose {@code X-Forwarded-*} headers are believed ({@code app.security.trusted-proxies}: exact
 * IP addresses, comma-separated; empty believes nobody).
 */
@ConfigurationProperties("app.security")
record TrustedProxyProperties(@DefaultValue("") String trustedProxies) {
}
