package sa.nonprofit.hail.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.AssociationApplication;
import sa.nonprofit.hail.support.FreshDatabase;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.NotificationHistory;
import sa.nonprofit.hail.support.NotificationRecord;
import sa.nonprofit.hail.support.PortalClient;

/**
 * Issue 19: the mail server goes away under a running node, with the real job executor (no job run by the test). The
 * receipts of portal submissions fail, are recorded FAILED and retried on the production cycle (R5/PT5M); the test
 * moves the due dates forward as the five minutes passing would. With the server back on the same port each message
 * arrives exactly once. Left down past every retry, the message becomes an incident an operator sees through the
 * engine REST API, and the operator's retry (as Cockpit's) delivers it once and resolves the incident.
 */
class MailServerOutageIT {

	private static final int SMTP_PORT = freePort();

	private static final String ENGINE = "mailOutage";

	/** The engine REST API of this node's engine (it has a name of its own, not {@code default}). */
	private static final String ENGINE_REST = "/engine-rest/engine/" + ENGINE;

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	private static ConfigurableApplicationContext app;

	private static GreenMail smtp;

	private static PortalClient portal;

	private static Http http;

	private static RuntimeService runtime;

	private static ManagementService management;

	private static NotificationHistory history;

	@BeforeAll
	static void startNode() {
		String url = FreshDatabase.create("mail_outage");
		app = new SpringApplicationBuilder(AssociationApplication.class).profiles("test", "postgres", "demo")
			.run("--server.port=0", "--spring.datasource.url=" + url, "--DB_URL=" + url, "--DB_USER=postgres",
					"--DB_PASSWORD=postgres", "--camunda.bpm.process-engine-name=" + ENGINE,
					// The real job executor, looking for due jobs every half second instead of every 5 s.
					"--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=500",
					"--camunda.bpm.job-execution.max-wait=1000", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + SMTP_PORT, "--spring.mail.properties.mail.smtp.auth=false",
					"--spring.mail.properties.mail.smtp.starttls.enable=false",
					"--app.notifications.email.from=noreply@hail-association.org.sa", "--logging.level.com.icegreen=WARN");
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		portal = new PortalClient(port);
		http = new Http(port);
		runtime = app.getBean(RuntimeService.class);
		management = app.getBean(ManagementService.class);
		history = new NotificationHistory(app.getBean(JdbcTemplate.class));
		assertThat(app.getEnvironment().getProperty("app.notifications.retry-cycle")).isEqualTo("R5/PT5M");
	}

	@AfterAll
	static void stopNode() {
		if (app != null) {
			app.close();
		}
	}

	@AfterEach
	void stopMailServer() {
		if (smtp != null) {
			smtp.stop();
			smtp = null;
		}
	}

	@Test
	void receiptsSentWhileTheMailServerIsDownAreRetriedAndDeliveredOnceWhenItIsBack() throws Exception {
		List<String> numbers = new ArrayList<>();
		String[] nationalIds = { "1000006013", "1000005015", "1000004018" };
		for (int i = 1; i <= nationalIds.length; i++) {
			numbers.add(submit(nationalIds[i - 1], "applicant" + i + "@example.sa"));
		}

		// Each receipt fails once on its own, is recorded FAILED, and waits 5 minutes with 4 tries left.
		for (String number : numbers) {
			awaitTrue("first failure of " + number, () -> failures(number) >= 1 && receiptJob(number).getRetries() == 4);
			Job job = receiptJob(number);
			assertThat(job.getExceptionMessage()).contains("e-mail server refused or unreachable");
			assertThat(job.getDuedate()).isAfter(Date.from(Instant.now().plus(Duration.ofMinutes(4))));
		}
		// Five minutes pass, the server is still down: each is tried again and counts down.
		dueNow(numbers);
		for (String number : numbers) {
			awaitTrue("second failure of " + number, () -> failures(number) >= 2 && receiptJob(number).getRetries() == 3);
		}
		assertThat(numbers).allSatisfy(number -> assertThat(history.about(number))
			.extracting(NotificationRecord::status)
			.containsOnly("FAILED")
			.hasSize(2));

		startMailServer();
		dueNow(numbers);
		awaitTrue("every receipt delivered", () -> numbers.stream().allMatch(number -> receiptJobOrNull(number) == null));

		for (int i = 0; i < numbers.size(); i++) {
			String number = numbers.get(i);
			assertThat(receivedAbout(number)).as("messages about " + number)
				.containsExactly("applicant" + (i + 1) + "@example.sa");
			assertThat(history.about(number)).extracting(NotificationRecord::status)
				.containsExactly("FAILED", "FAILED", "SENT");
		}
		assertThat(smtp.getReceivedMessages()).hasSize(numbers.size());
		assertThat(numbers).allSatisfy(number -> assertThat(
				runtime.createIncidentQuery().processInstanceId(instanceOf(number)).count()).as("incidents").isZero());
	}

	@Test
	void aReceiptLeftUndeliveredPastEveryRetryIsAnIncidentTheOperatorRetriesOnceTheServerIsBack() throws Exception {
		String number = submit("1000004026", "late@example.sa");
		String instance = instanceOf(number);

		// Five attempts in all (R5: the first failure leaves four), each after the interval has passed.
		// The engine handles each failure after the record is written: wait for the retries to count down first.
		for (int attempt = 1; attempt <= 5; attempt++) {
			int tried = attempt;
			awaitTrue("attempt " + attempt,
					() -> failures(number) >= tried && receiptJob(number).getRetries() == 5 - tried);
			dueNow(List.of(number));
		}
		awaitTrue("the incident", () -> runtime.createIncidentQuery().processInstanceId(instance).count() == 1);
		assertThat(receiptJob(number).getRetries()).isZero();
		assertThat(history.about(number)).extracting(NotificationRecord::status).hasSize(5).containsOnly("FAILED");

		// What the operator sees in Cockpit, through the engine REST API with their own account.
		JsonNode incidents = json(http.get(ENGINE_REST + "/incident?processInstanceId=" + instance, "ops1", "demo"));
		assertThat(incidents).hasSize(1);
		assertThat(incidents.get(0).get("incidentType").asText()).isEqualTo("failedJob");
		assertThat(incidents.get(0).get("activityId").asText()).isEqualTo("Task_NotifyRequestReceived");
		assertThat(incidents.get(0).get("incidentMessage").asText()).contains("e-mail server refused or unreachable");

		startMailServer();
		String job = incidents.get(0).get("configuration").asText();
		HttpResponse<String> retry = http.send(http.request(ENGINE_REST + "/job/" + job + "/retries")
			.header("Authorization", Http.basic("ops1", "demo"))
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"retries\":1}"))
			.build());
		assertThat(retry.statusCode()).as(retry.body()).isEqualTo(204);
		// The last failure left the job due five minutes on; the operator's retry waits that out, as time would pass.
		dueNow(List.of(number));

		awaitTrue("delivered after the operator's retry", () -> receiptJobOrNull(number) == null);
		assertThat(receivedAbout(number)).containsExactly("late@example.sa");
		assertThat(history.about(number)).extracting(NotificationRecord::status).last().isEqualTo("SENT");
		assertThat(json(http.get(ENGINE_REST + "/incident?processInstanceId=" + instance, "ops1", "demo"))).isEmpty();
	}

	/** A portal submission with an e-mail address: its receipt goes out by e-mail (the mobile's SMS is not set up). */
	private static String submit(String nationalId, String email) {
		HttpResponse<String> answer = portal.postJson("/api/public/support-requests", """
				{"applicantName":"خالد الشمري","nationalId":"%s","mobile":"0551234567","email":"%s",
				 "supportType":"FITNESS_PROGRAM","requestDetails":"برنامج لياقة","declarationAccepted":true}"""
			.formatted(nationalId, email));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		return portal.read(answer).get("requestNumber").asText();
	}

	private static void startMailServer() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		smtp.start();
	}

	/** The recipients of every message received whose subject names the request. */
	private static List<String> receivedAbout(String number) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> subject(message).contains(number))
			.map(MailServerOutageIT::recipient)
			.toList();
	}

	private static long failures(String number) {
		return history.about(number).stream().filter(record -> "FAILED".equals(record.status())).count();
	}

	/** Moves the due date of each request's failed receipt to now, as the retry interval passing would. */
	private static void dueNow(List<String> numbers) {
		for (String number : numbers) {
			Job job = receiptJobOrNull(number);
			if (job != null && job.getDuedate() != null && job.getDuedate().after(new Date())) {
				management.setJobDuedate(job.getId(), new Date());
			}
		}
	}

	private static Job receiptJob(String number) {
		Job job = receiptJobOrNull(number);
		assertThat(job).as("the receipt job of " + number).isNotNull();
		return job;
	}

	private static Job receiptJobOrNull(String number) {
		return management.createJobQuery()
			.processInstanceId(instanceOf(number))
			.activityId("Task_NotifyRequestReceived")
			.singleResult();
	}

	private static String instanceOf(String number) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
	}

	private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(DEADLINE);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
			Thread.sleep(200);
		}
	}

	private static JsonNode json(HttpResponse<String> response) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return new ObjectMapper().readTree(response.body());
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
