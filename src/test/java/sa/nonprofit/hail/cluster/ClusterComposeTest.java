package sa.nonprofit.hail.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so the cluster's compose file is checked against the one-node compose file and the nginx
 * configuration: the nodes get the same settings as the single node, believe exactly the proxy's fixed address, and
 * nginx sends to every node and only to them.
 */
class ClusterComposeTest {

	private static final Path CLUSTER = Path.of("docker-compose.cluster.yml");

	private static final Pattern UPSTREAM_SERVER = Pattern.compile("^\\s*server (\\S+):8080 ", Pattern.MULTILINE);

	@Test
	void eachNodeHasTheSingleNodesSettingsAndBelievesOnlyTheProxy() throws IOException {
		Map<String, Object> single = environment(services(Path.of("docker-compose.yml")).get("app"));
		Map<String, Map<String, Object>> services = services(CLUSTER);
		String proxyAddress = proxyAddress(services);
		for (String node : nodes(services)) {
			Map<String, Object> environment = environment(services.get(node));
			assertThat(environment).as(node).containsEntry("APP_SECURITY_TRUSTED_PROXIES", proxyAddress);
			Map<String, Object> rest = new LinkedHashMap<>(environment);
			rest.remove("APP_SECURITY_TRUSTED_PROXIES");
			Map<String, Object> expected = new LinkedHashMap<>(single);
			expected.remove("APP_SECURITY_TRUSTED_PROXIES");
			assertThat(rest).as(node).isEqualTo(expected);
			assertThat(services.get(node).get("healthcheck").toString()).as(node).contains("/actuator/health/readiness");
		}
	}

	@Test
	void nginxSendsToEveryNodeOfTheComposeFileAndForwardsTheClient() throws IOException {
		Map<String, Map<String, Object>> services = services(CLUSTER);
		String configuration = Files.readString(Path.of("deploy", "nginx", "association.conf"));
		List<String> upstreams = new ArrayList<>();
		Matcher matcher = UPSTREAM_SERVER.matcher(configuration);
		while (matcher.find()) {
			upstreams.add(matcher.group(1));
		}
		assertThat(upstreams).containsExactlyInAnyOrderElementsOf(nodes(services));
		assertThat(configuration).contains("proxy_set_header X-Forwarded-For $remote_addr;")
			.contains("proxy_set_header X-Forwarded-Proto $scheme;");
		assertThat(services.get("proxy").get("volumes").toString())
			.contains("./deploy/nginx/association.conf:/etc/nginx/conf.d/default.conf");
	}

	/** The services built from this repository: the application nodes. */
	private static List<String> nodes(Map<String, Map<String, Object>> services) {
		List<String> nodes = services.entrySet().stream().filter(entry -> ".".equals(entry.getValue().get("build")))
			.map(Map.Entry::getKey).toList();
		assertThat(nodes).as("application nodes").hasSizeGreaterThanOrEqualTo(2);
		return nodes;
	}

	@SuppressWarnings("unchecked")
	private static String proxyAddress(Map<String, Map<String, Object>> services) {
		Map<String, Object> networks = (Map<String, Object>) services.get("proxy").get("networks");
		Map<String, Object> network = (Map<String, Object>) networks.values().iterator().next();
		return (String) network.get("ipv4_address");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> services(Path file) throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(file));
		return (Map<String, Map<String, Object>>) compose.get("services");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> environment(Map<String, Object> service) {
		return new LinkedHashMap<>((Map<String, Object>) service.get("environment"));
	}

}
