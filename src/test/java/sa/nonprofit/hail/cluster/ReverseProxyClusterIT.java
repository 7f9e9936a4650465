package sa.nonprofit.hail.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import sa.nonprofit.hail.support.ClusterNode;
import sa.nonprofit.hail.support.FreshDatabase;
import sa.nonprofit.hail.support.ProxyClient;
import sa.nonprofit.hail.support.ReverseProxy;

/**
 * The compose setup's nginx configuration ({@code deploy/nginx/association.conf}) run for real by Debian's nginx in
 * front of two nodes of the packaged application on one PostgreSQL 17, without sticky sessions. Through the proxy, over
 * HTTPS: a staff member signs in and works while the proxy spreads the requests over both nodes (its access log names
 * the node that answered each one); the nodes count each client by the address the proxy forwards; when a node is
 * killed, the next requests go to the other and the staff session goes on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReverseProxyClusterIT {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Pattern UPSTREAM = Pattern
		.compile(" (/\\S*) (\\d{3}) upstream=([^ ,]+(?:, [^ ,]+)*) upstream_status=");

	private static final String REPORT = "{\"category\":\"OTHER\",\"description\":\"بلاغ عبر الوسيط\"}";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static ClusterNode first;

	private static ClusterNode second;

	private static String firstAddress;

	private static String secondAddress;

	private static ReverseProxy proxy;

	/** The staff member's browser: one cookie jar, whichever node answers. */
	private static ProxyClient staff;

	@BeforeAll
	static void twoNodesBehindNginx() throws Exception {
		ReverseProxy.assumeInstalled();
		String url = FreshDatabase.create("proxy");
		Path noExtraClasses = Files.createTempDirectory("proxy-classes");
		// The proxy connects from 127.0.0.1: the nodes believe its X-Forwarded-* and nobody else's. Two
		// submissions a minute per client and node, so that the test reaches the limit quickly.
		String[] settings = { "--app.security.trusted-proxies=127.0.0.1", "--app.portal.submissions-per-minute=2" };
		first = ClusterNode.start("proxy-a", url, noExtraClasses, settings);
		second = ClusterNode.start("proxy-b", url, noExtraClasses, settings);
		CompletableFuture.allOf(CompletableFuture.runAsync(() -> started(first)),
				CompletableFuture.runAsync(() -> started(second))).join();
		firstAddress = "127.0.0.1:" + port(first);
		secondAddress = "127.0.0.1:" + port(second);
		proxy = ReverseProxy.start("cluster", port(first), port(second));
	}

	@AfterAll
	static void stopAll() throws Exception {
		if (proxy != null) {
			proxy.close();
		}
		for (ClusterNode node : new ClusterNode[] { first, second }) {
			if (node != null) {
				node.close();
			}
		}
	}

	@Test
	@Order(1)
	void aStaffMemberSignsInAndWorksWhileTheProxySpreadsTheRequestsOverBothNodes() throws Exception {
		ProxyClient applicant = new ProxyClient(proxy, "127.0.0.4");
		ProxyClient.Response filed = applicant.portalPost("/api/public/support-requests", """
				{"applicantName":"خالد الشمري","nationalId":"1000006013","mobile":"0551234567","email":"",
				 "supportType":"FITNESS_PROGRAM","requestDetails":"برنامج لياقة","declarationAccepted":true}""");
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String number = JSON.readTree(filed.body()).get("requestNumber").asText();

		int logMark = proxy.accessLog().size();
		staff = new ProxyClient(proxy, "127.0.0.1");
		ProxyClient.Response login = staff.signIn("tasklist", "relations1", "demo");
		assertThat(login.status()).as(login.body()).isEqualTo(200);
		// The node saw HTTPS (X-Forwarded-Proto from the proxy), so the session cookie may travel over HTTPS only.
		assertThat(login.headers().get("set-cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));

		// The request's first step runs on whichever node's job executor takes it; then Tasklist shows the task.
		String tasks = "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + number;
		JsonNode task = awaitTask(tasks);
		for (int i = 0; i < 4; i++) {
			ProxyClient.Response listed = staff.get(tasks);
			assertThat(listed.status()).as("the task list, request %d", i).isEqualTo(200);
			assertThat(JSON.readTree(listed.body())).hasSize(1);
		}
		String taskPath = "/camunda/api/engine/engine/default/task/" + task.get("id").asText();
		ProxyClient.Response claimed = staff.webappPost(taskPath + "/claim", "{\"userId\":\"relations1\"}");
		assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
		ProxyClient.Response completed = staff.webappPost(taskPath + "/submit-form",
				"{\"variables\":{\"verificationOutcome\":{\"value\":\"VERIFIED\"}}}");
		assertThat(completed.status()).as(completed.body()).isEqualTo(204);
		ProxyClient.Response casePage = staff.get("/cases/" + number);
		assertThat(casePage.status()).as("the case page").isEqualTo(200);
		assertThat(casePage.body()).contains(number);

		List<String[]> staffRequests = awaitLogged(logMark, "/cases/*").stream()
			.filter(entry -> entry[0].startsWith("/camunda/api/engine/") || entry[0].startsWith("/cases/"))
			.toList();
		assertThat(staffRequests).as("every signed-in request was answered by a node as signed in")
			.allSatisfy(entry -> assertThat(entry[1]).isIn("200", "204"));
		assertThat(proxy.accessLog()).as("the access log names no case and no task")
			.noneSatisfy(line -> assertThat(line).containsAnyOf(number, task.get("id").asText()));
		Set<String> nodes = new TreeSet<>(staffRequests.stream().map(entry -> entry[2]).toList());
		assertThat(nodes)
			.as("nodes that answered the signed-in requests")
			.containsExactlyInAnyOrder(firstAddress, secondAddress);
	}

	@Test
	@Order(2)
	void theNodesCountEachClientByTheAddressTheProxyForwards() {
		ProxyClient busy = new ProxyClient(proxy, "127.0.0.2");
		List<Integer> statuses = new ArrayList<>();
		// Two a minute per node, counted in each node's memory: the fifth within the minute is refused at the latest.
		for (int i = 0; i < 6 && !statuses.contains(429); i++) {
			statuses.add(busy.portalPost("/api/public/reports", REPORT).status());
		}
		assertThat(statuses).as("one client's submissions").contains(201).endsWith(429);

		ProxyClient other = new ProxyClient(proxy, "127.0.0.3");
		ProxyClient.Response accepted = other.portalPost("/api/public/reports", REPORT);
		assertThat(accepted.status()).as("another client behind the same proxy: %s", accepted.body()).isEqualTo(201);
	}

	@Test
	@Order(3)
	void whenANodeIsKilledTheProxySendsTheNextRequestsToTheOtherAndTheSessionGoesOn() throws Exception {
		assertThat(staff).as("signed in by the first test").isNotNull();
		first.kill();
		int logMark = proxy.accessLog().size();

		String queue = "/camunda/api/engine/engine/default/task?candidateGroup=beneficiary-relations";
		for (int i = 0; i < 4; i++) {
			ProxyClient.Response listed = staff.get(queue);
			assertThat(listed.status()).as("Tasklist's list %d after the kill: %s", i, listed.body()).isEqualTo(200);
		}
		ProxyClient.Response filed = new ProxyClient(proxy, "127.0.0.5").portalPost("/api/public/reports", REPORT);
		assertThat(filed.status()).as("a submission after the kill: %s", filed.body()).isEqualTo(201);

		List<String[]> after = awaitLogged(logMark, "/api/public/reports");
		// The node that answered is the last address nginx names (it names each node it tried, in order).
		assertThat(after).as("requests after the kill").allSatisfy(entry -> assertThat(entry[2]).isEqualTo(secondAddress));
		assertThat(after).as("a request nginx first sent to the killed node, then to the other")
			.anySatisfy(entry -> assertThat(entry[3]).isEqualTo(firstAddress + ", " + secondAddress));
	}

	/** The access log from the given line on, once nginx has written the request to the given path. */
	private static List<String[]> awaitLogged(int fromLine, String path) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		List<String[]> entries = upstreams(fromLine);
		while (entries.stream().noneMatch(entry -> entry[0].equals(path)) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			entries = upstreams(fromLine);
		}
		return entries;
	}

	/** Access log entries from the given line on: path, status, the node that answered, every node tried. */
	private static List<String[]> upstreams(int fromLine) {
		List<String> lines = proxy.accessLog();
		List<String[]> entries = new ArrayList<>();
		for (String line : lines.subList(fromLine, lines.size())) {
			Matcher matcher = UPSTREAM.matcher(line);
			if (matcher.find()) {
				String[] tried = matcher.group(3).split(", ");
				entries.add(new String[] { matcher.group(1), matcher.group(2), tried[tried.length - 1], matcher.group(3) });
			}
		}
		return entries;
	}

	private static JsonNode awaitTask(String tasks) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			ProxyClient.Response listed = staff.get(tasks);
			assertThat(listed.status()).as(listed.body()).isEqualTo(200);
			JsonNode found = JSON.readTree(listed.body());
			if (found.size() == 1) {
				return found.get(0);
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("No task for the request within 60 s");
			}
			Thread.sleep(250);
		}
	}

	private static int port(ClusterNode node) {
		Matcher matcher = PORT.matcher(node.output());
		if (!matcher.find()) {
			throw new IllegalStateException("No port in the node's log");
		}
		return Integer.parseInt(matcher.group(1));
	}

	private static void started(ClusterNode node) {
		try {
			node.awaitStarted(Duration.ofMinutes(4));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
