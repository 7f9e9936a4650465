package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;

/** Only the configured proxies may name the client; Tomcat's default of every private range never applies. */
class TrustedProxiesTest {

	@Test
	void anEmptyListBelievesNobodyNotEvenPrivateAddresses() {
		RemoteIpValve valve = customisedValve(new TrustedProxies("", "native"));
		assertThat(valve.getInternalProxies()).isEqualTo(TrustedProxies.NOBODY);
		assertThat(valve.getTrustedProxies()).isNull();
		for (String peer : new String[] { "10.0.0.1", "192.168.1.1", "172.16.0.1", "127.0.0.1", "::1" }) {
			assertThat(peer.matches(valve.getInternalProxies())).as(peer).isFalse();
		}
	}

	@Test
	void listedAddressesMatchExactlyAndNothingElse() {
		String pattern = new TrustedProxies(" 10.0.0.5, 2001:db8::1 ", "native").internalProxiesPattern();
		assertThat("10.0.0.5".matches(pattern)).isTrue();
		assertThat("2001:db8::1".matches(pattern)).isTrue();
		assertThat("10.0.0.50".matches(pattern)).isFalse();
		assertThat("10.0.0.5x".matches(pattern)).isFalse();
		assertThat("10a0a0a5".matches(pattern)).as("dots are not wildcards").isFalse();
	}

	@Test
	void hostNamesRangesAndTheFrameworkStrategyAreRefused() {
		assertThatThrownBy(() -> new TrustedProxies("proxy.example.org", "native"))
			.isInstanceOf(UnsafeConfigurationException.class);
		assertThatThrownBy(() -> new TrustedProxies("10.0.0.0/8", "native"))
			.isInstanceOf(UnsafeConfigurationException.class);
		assertThatThrownBy(() -> new TrustedProxies("", "framework")).isInstanceOf(UnsafeConfigurationException.class);
	}

	private static RemoteIpValve customisedValve(TrustedProxies proxies) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		factory.addEngineValves(new RemoteIpValve());
		proxies.customize(factory);
		return (RemoteIpValve) factory.getEngineValves().iterator().next();
	}

}
