package sa.nonprofit.hail.system;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only from the reverse proxies named in
 * {@code app.security.trusted-proxies} (exact IP addresses); from anyone else they are ignored, so a client cannot
 * shed its rate limits by making up an address. Tomcat's RemoteIpValve does the work; its default list of trusted
 * private ranges is replaced, and an empty list believes nobody.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	/** Matches no address at all. */
	static final String NOBODY = "(?!)";

	private static final Pattern IP_ADDRESS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

	private final List<String> proxies;

	@Autowired
	TrustedProxies(TrustedProxyProperties properties, ServerProperties server) {
		this(properties.trustedProxies(),
				server.getForwardHeadersStrategy() == null ? "native" : server.getForwardHeadersStrategy().name());
	}

	TrustedProxies(String proxies, String strategy) {
		if ("framework".equalsIgnoreCase(strategy.strip())) {
			// Spring's ForwardedHeaderFilter believes X-Forwarded-For from anyone: rate limits would be one header away.
			throw new UnsafeConfigurationException("server.forward-headers-strategy=framework believes any X-Forwarded-For",
					"Leave server.forward-headers-strategy at native and name the proxies in APP_SECURITY_TRUSTED_PROXIES");
		}
		this.proxies = Arrays.stream(proxies.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
		for (String proxy : this.proxies) {
			if (!IP_ADDRESS.matcher(proxy).matches()) {
				throw new UnsafeConfigurationException("APP_SECURITY_TRUSTED_PROXIES holds '" + proxy
						+ "', which is not an IP address",
						"List the reverse proxies' IP addresses, comma-separated (no host names, no ranges)");
			}
		}
	}

	/** The exact-match regex Tomcat compares the direct peer's address with. */
	String internalProxiesPattern() {
		return this.proxies.isEmpty() ? NOBODY
				: this.proxies.stream().map(Pattern::quote).collect(Collectors.joining("|"));
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		List<RemoteIpValve> valves = factory.getEngineValves().stream()
			.filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast).toList();
		if (valves.isEmpty()) {
			RemoteIpValve valve = new RemoteIpValve();
			valve.setRemoteIpHeader("X-Forwarded-For");
			valve.setProtocolHeader("X-Forwarded-Proto");
			factory.addEngineValves(configure(valve));
			return;
		}
		valves.forEach(this::configure);
	}

	private Valve configure(RemoteIpValve valve) {
		valve.setInternalProxies(internalProxiesPattern());
		valve.setTrustedProxies(null);
		return valve;
	}

	/** After Spring Boot's own Tomcat customizer, which adds the valve with Tomcat's defaults. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
