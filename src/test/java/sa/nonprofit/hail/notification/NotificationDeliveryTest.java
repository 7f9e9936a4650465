package sa.nonprofit.hail.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sa.nonprofit.hail.support.NotificationHistory;
import sa.nonprofit.hail.support.NotificationRecord;
import sa.nonprofit.hail.support.TestClock;

/**
 * Real channels: a real SMTP server (GreenMail) and an HTTP SMS gateway (WireMock). The engine has a name of its own
 * so this context's engine never replaces the one other tests reach through REST.
 */
@SpringBootTest(properties = { "camunda.bpm.process-engine-name=notificationTests",
		"app.notifications.retry-cycle=R2/PT1M", "app.notifications.email.from=noreply@hail-association.org.sa",
		"app.notifications.sms.sender=HailAssoc", "app.notifications.sms.headers.Authorization=Bearer test-token",
		"spring.mail.host=localhost", "spring.mail.properties.mail.smtp.auth=false",
		"spring.mail.properties.mail.smtp.starttls.enable=false",
		// The test SMTP server logs addresses itself; the application must not.
		"logging.level.com.icegreen=WARN" })
@ActiveProfiles({ "test", "demo" })
@Import(TestClock.Configuration.class)
@ExtendWith(OutputCaptureExtension.class)
class NotificationDeliveryTest {

	/** A port free on this machine when the class loads (never a fixed one), for every test's SMTP server. */
	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static final WireMockServer gateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		gateway.start();
	}

	@DynamicPropertySource
	static void smsGateway(DynamicPropertyRegistry registry) {
		registry.add("app.notifications.sms.url", () -> gateway.baseUrl() + "/sms/send");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void stopGateway() {
		gateway.stop();
	}

	private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 15, 10, 0, 0, 0, ZoneId.of("Asia/Riyadh"));

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	NotificationHistory history;

	@Autowired
	void readNotifications(JdbcTemplate jdbc) {
		this.history = new NotificationHistory(jdbc);
	}

	@BeforeEach
	void setUp() {
		ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
		gateway.resetAll();
		gateway.stubFor(post(urlEqualTo("/sms/send")).willReturn(aResponse().withStatus(200)));
	}

	/** E-mail addresses this test gave users, with what they had before: put back afterwards. */
	private final Map<String, String> emailsBefore = new LinkedHashMap<>();

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		this.emailsBefore.forEach((userId, address) -> {
			User user = this.identity.createUserQuery().userId(userId).singleResult();
			user.setEmail(address);
			this.identity.saveUser(user);
		});
	}

	@Test
	void theApplicantGetsAnArabicEmailAndAnSmsWithTheNumberAndTheHijriDate(CapturedOutput output) throws Exception {
		String request = referToCommittee("1000004018");
		Job notify = job(request);
		this.management.executeJob(notify.getId());

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).contains("أُحيل إلى لجنة البحث").contains(request);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("noura@example.sa");
		String text = plainText(received[0]);
		assertThat(text).contains("١٠ شوال ١٤٤٧ هـ (٢٩ مارس ٢٠٢٦)").contains(request)
			.contains("جمعية مكافحة السمنة بمنطقة حائل").contains("1827");

		gateway.verify(1, postRequestedFor(urlEqualTo("/sms/send"))
			.withHeader("Authorization", equalTo("Bearer test-token"))
			.withRequestBody(matchingJsonPath("$.sender", equalTo("HailAssoc")))
			.withRequestBody(matchingJsonPath("$.to", equalTo("+966512345678")))
			.withRequestBody(matchingJsonPath("$.text", com.github.tomakehurst.wiremock.client.WireMock.containing(request))));
		assertThat(last(request).status()).isEqualTo("SENT");
		assertThat(last(request).channels()).isEqualTo("EMAIL,SMS");
		assertThat(output.getAll()).doesNotContain("+966512345678").doesNotContain("noura@example.sa")
			.doesNotContain("1000004018");
	}

	@Test
	void aReporterIsReachedAtTheirNumberButTheRecordKeepsOnlyItsMaskAndOldRecordsAreMaskedAtStart(
			@Autowired NotificationPort port, @Autowired ReporterRecordsMasking masking, @Autowired JdbcTemplate jdbc) {
		String report = "WB-2026-" + (100000 + new java.util.Random().nextInt(800000));
		port.send(new Notification(NotificationKind.REPORT_FEEDBACK_AVAILABLE, report,
				Recipient.reporter("+966598765432", null), Map.of()));
		gateway.verify(postRequestedFor(urlEqualTo("/sms/send")).withRequestBody(containing("+966598765432")));
		assertThat(jdbc.queryForObject("SELECT recipient_mobile FROM app_notification WHERE reference = ?",
				String.class, report)).isEqualTo("05XXXXXX32");

		String older = report + "-OLD";
		jdbc.update("""
				INSERT INTO app_notification (id, created_at, kind, reference, recipient_role, recipient_mobile,
				  recipient_email, subject, body, status) VALUES (?, CURRENT_TIMESTAMP, 'REPORT_FEEDBACK_AVAILABLE', ?,
				  'REPORTER', '+966598765432', 'reporter@example.org', 's', 'b', 'SENT')""",
				java.util.UUID.randomUUID().toString(), older);
		// a capital X in an address is not a mask: "Xavier" must be masked like anyone else
		String withX = report + "-X";
		jdbc.update("""
				INSERT INTO app_notification (id, created_at, kind, reference, recipient_role, recipient_mobile,
				  recipient_email, subject, body, status) VALUES (?, CURRENT_TIMESTAMP, 'REPORT_FEEDBACK_AVAILABLE', ?,
				  'REPORTER', NULL, 'Xavier@example.org', 's', 'b', 'SENT')""",
				java.util.UUID.randomUUID().toString(), withX);
		masking.run(null);
		masking.run(null);
		assertThat(jdbc.queryForMap("SELECT recipient_mobile, recipient_email FROM app_notification WHERE reference = ?",
				older)).containsValues("05XXXXXX32", "r***@e***.org");
		assertThat(jdbc.queryForObject("SELECT recipient_email FROM app_notification WHERE reference = ?", String.class,
				withX)).isEqualTo("X***@e***.org");
	}

	@Test
	void aFailingGatewayIsRetriedAndEndsAsAnIncidentWithoutMovingOn() throws Exception {
		String request = referToCommittee("1000004026");
		gateway.stubFor(post(urlEqualTo("/sms/send")).willReturn(aResponse().withStatus(500)));
		String instance = instanceOf(request);

		for (int attempt = 0; attempt < 3; attempt++) {
			Job job = job(request);
			assertThatThrownBy(() -> this.management.executeJob(job.getId()))
				.hasMessageContaining("SMS gateway answered HTTP 500");
			ClockUtil.setCurrentTime(Date.from(NOW.plusMinutes(2L * (attempt + 1)).toInstant()));
		}

		Incident incident = this.runtime.createIncidentQuery().processInstanceId(instance).singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getIncidentMessage()).contains("SMS gateway answered HTTP 500").contains(request);
		assertThat(this.runtime.getActiveActivityIds(instance)).containsExactly("Task_NotifyReferredToCommittee");
		assertThat(this.history.about(request)).extracting(NotificationRecord::status)
			.containsExactly("SENT", "FAILED", "FAILED", "FAILED");
	}

	@Test
	void aGatewayThatRecoversBeforeTheRetriesRunOutDelivers() throws Exception {
		String request = referToCommittee("1000004034");
		gateway.resetAll();
		gateway.stubFor(post(urlEqualTo("/sms/send")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
		gateway.stubFor(post(urlEqualTo("/sms/send")).inScenario("flaky").whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(200)));

		Job first = job(request);
		assertThatThrownBy(() -> this.management.executeJob(first.getId())).isInstanceOf(RuntimeException.class);
		ClockUtil.setCurrentTime(Date.from(NOW.plusMinutes(2).toInstant()));
		this.management.executeJob(job(request).getId());

		assertThat(this.runtime.getActiveActivityIds(instanceOf(request))).containsExactly("Task_CommitteeDecision");
		assertThat(this.history.about(request)).extracting(NotificationRecord::status).containsExactly("SENT", "FAILED", "SENT");
		assertThat(this.runtime.createIncidentQuery().processInstanceId(instanceOf(request)).count()).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "BOARD_CHAIR, vicechair@hail-association.org.sa", "EMPLOYEE, chair@hail-association.org.sa",
			"EXECUTIVE_DIRECTOR, chair@hail-association.org.sa" })
	void aMissedDeadlineOfAReportAgainstTheChairMailsTheViceChairNeverTheChair(String accused, String mailed) {
		// The control row (an employee accused) proves the chair would be mailed: the rule, not the setup, keeps them out.
		email("chair1", "chair@hail-association.org.sa");
		email("vicechair1", "vicechair@hail-association.org.sa");
		email("director1", "director@hail-association.org.sa");
		Map<String, Object> variables = Map.of("channel", "PHONE", "category", "FINANCIAL", "accusedRole", accused,
				"description", "بلاغ");
		String instance = this.runtime.startProcessInstanceByKey("WhistleblowerReportProcess", variables).getId();
		ClockUtil.setCurrentTime(Date.from(NOW.plusDays(8).toInstant()));
		Job timer = this.management.createJobQuery().processInstanceId(instance).activityId("Timer_LeadershipDeadline")
			.singleResult();
		this.management.executeJob(timer.getId());
		this.management.executeJob(this.management.createJobQuery().processInstanceId(instance)
			.activityId("Task_EscalateMissedDeadline").singleResult().getId());

		assertThat(smtp.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0].toString())
			.containsExactly(mailed);
	}

	private String referToCommittee(String nationalId) throws Exception {
		Map<String, Object> variables = new HashMap<>();
		variables.put("applicantName", "نورة");
		variables.put("nationalId", nationalId);
		variables.put("mobile", "0512345678");
		variables.put("email", "noura@example.sa");
		variables.put("channel", "WEBSITE");
		variables.put("supportType", "AWARENESS");
		variables.put("requestDetails", "برنامج توعوي");
		String instance = this.runtime.startProcessInstanceByKey("BeneficiaryRequestProcess", variables).getId();
		this.management.executeJob(this.management.createJobQuery().processInstanceId(instance).singleResult().getId());
		smtp.purgeEmailFromAllMailboxes();
		gateway.resetRequests();
		complete(instance, Map.of("verificationOutcome", "VERIFIED"));
		complete(instance, Map.of("declarationSigned", true, "declarationMethod", "PORTAL_CONFIRMATION"));
		return this.runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
	}

	private void complete(String instance, Map<String, Object> variables) {
		this.tasks.complete(this.tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), variables);
	}

	private String instanceOf(String request) {
		return this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(request).singleResult().getId();
	}

	private Job job(String request) {
		return this.management.createJobQuery().processInstanceId(instanceOf(request)).singleResult();
	}

	private NotificationRecord last(String request) {
		List<NotificationRecord> records = this.history.about(request);
		return records.get(records.size() - 1);
	}

	private void email(String userId, String address) {
		User user = this.identity.createUserQuery().userId(userId).singleResult();
		this.emailsBefore.putIfAbsent(userId, user.getEmail());
		user.setEmail(address);
		this.identity.saveUser(user);
	}

	private static String plainText(MimeMessage message) throws Exception {
		Object content = message.getContent();
		while (content instanceof Multipart multipart) {
			BodyPart first = multipart.getBodyPart(0);
			content = first.getContent();
		}
		return content.toString();
	}

}
