package sa.nonprofit.hail.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.privacy.DataBreachProcess.Elements;
import sa.nonprofit.hail.privacy.DataBreachProcess.Variables;
import sa.nonprofit.hail.support.TestClock;
import sa.nonprofit.hail.system.CaseNumbers;
import sa.nonprofit.hail.whistleblowing.ReporterContacts;

/**
 * Breach notices over real channels whose e-mail is down (an SMTP port nobody listens on) and whose SMS gateway works:
 * however often the job is retried, each person is told once, and what the officer can read of the failure names no
 * report.
 */
@SpringBootTest(properties = { "camunda.bpm.process-engine-name=breachNoticeTests",
		"app.notifications.retry-cycle=R2/PT1M", "app.notifications.email.from=noreply@hail-association.org.sa",
		"app.notifications.sms.sender=HailAssoc", "spring.mail.host=localhost",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000" })
@ActiveProfiles({ "test", "demo" })
@Import(TestClock.Configuration.class)
class BreachNoticeDeliveryTest {

	static final WireMockServer gateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		gateway.start();
	}

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("app.notifications.sms.url", () -> gateway.baseUrl() + "/sms/send");
		registry.add("spring.mail.port", BreachNoticeDeliveryTest::closedPort);
	}

	/** A port that was free a moment ago and that nothing listens on: every e-mail fails to connect. */
	private static int closedPort() {
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
	HistoryService history;

	@Autowired
	ReporterContacts reporterContacts;

	@Autowired
	CaseNumbers caseNumbers;

	@BeforeEach
	void setUp() {
		ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
		gateway.resetAll();
		gateway.stubFor(post(urlEqualTo("/sms/send")).willReturn(aResponse().withStatus(200)));
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void aRetriedJobTellsTheReporterAndTheBeneficiaryOnceBySmsWhileTheirEmailFails() {
		String report = this.caseNumbers.nextUnguessable("WB");
		this.reporterContacts.save(report, "0567654321", "whistle@example.sa");
		String beneficiary = supportRequest("0551234567", "mona@example.sa");
		// reached by e-mail only, which is down: never told, so the job is retried until it is an incident
		String emailOnly = supportRequest(null, "salem@example.sa");
		ProcessInstance breach = breachNaming(report + "\n" + beneficiary + "\n" + emailOnly);
		String number = breach.getBusinessKey();

		for (int attempt = 0; attempt < 3; attempt++) {
			Job job = this.management.createJobQuery().processInstanceId(breach.getId())
				.activityId(Elements.SEND_NOTICES).singleResult();
			assertThatThrownBy(() -> this.management.executeJob(job.getId())).as("attempt " + attempt)
				.hasMessageContaining(number)
				.hasMessageNotContaining(report);
			ClockUtil.setCurrentTime(Date.from(NOW.plusMinutes(2L * (attempt + 1)).toInstant()));
		}

		gateway.verify(1, postRequestedFor(urlEqualTo("/sms/send")).withRequestBody(
				matchingJsonPath("$.to", com.github.tomakehurst.wiremock.client.WireMock.containing("567654321"))));
		gateway.verify(1, postRequestedFor(urlEqualTo("/sms/send")).withRequestBody(
				matchingJsonPath("$.to", com.github.tomakehurst.wiremock.client.WireMock.containing("551234567"))));
		Incident incident = this.runtime.createIncidentQuery().processInstanceId(breach.getId()).singleResult();
		assertThat(incident.getIncidentMessage()).contains(number).doesNotContain(report);
		// the officer reads the job's history: it names no report either
		assertThat(this.history.createHistoricJobLogQuery().processInstanceId(breach.getId()).failureLog().list())
			.allSatisfy(log -> assertThat(log.getJobExceptionMessage()).doesNotContain(report));
	}

	private String supportRequest(String mobile, String email) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(BeneficiaryProcess.Variables.APPLICANT_NAME, "منيرة سالم");
		variables.put(BeneficiaryProcess.Variables.NATIONAL_ID, SubjectFixtures.nationalId());
		variables.put(BeneficiaryProcess.Variables.MOBILE, mobile);
		variables.put(BeneficiaryProcess.Variables.EMAIL, email);
		variables.put(BeneficiaryProcess.Variables.CHANNEL, "INTERVIEW");
		variables.put(BeneficiaryProcess.Variables.SUPPORT_TYPE, "NUTRITION_CONSULTATION");
		variables.put(BeneficiaryProcess.Variables.REQUEST_DETAILS, "طلب دعم");
		return this.runtime.startProcessInstanceByKey(BeneficiaryProcess.PROCESS_ID, variables).getBusinessKey();
	}

	private ProcessInstance breachNaming(String people) {
		Map<String, Object> start = new HashMap<>();
		start.put(Variables.DESCRIPTION, "فُقد جهاز حاسب محمول");
		start.put(Variables.AWARE_AT, Date.from(NOW.minusHours(1).toInstant()));
		start.put(Variables.DISCOVERY, "أبلغ الموظف");
		ProcessInstance breach = this.runtime.startProcessInstanceByKey(DataBreachProcess.PROCESS_ID, start);
		complete(breach, Elements.ASSESS, Map.of(Variables.HARM_LIKELY, true, Variables.DATA_CATEGORIES, "الاسم والجوال",
				Variables.PEOPLE_AFFECTED, 3, Variables.RECORDS_AFFECTED, 3, Variables.RISKS, "رسائل احتيال",
				Variables.MEASURES, "إيقاف حسابات الجهاز", Variables.AFFECTED_PEOPLE, people));
		complete(breach, Elements.NOTIFY_SUBJECTS, Map.of(Variables.SUBJECT_WHAT_HAPPENED, "فُقد جهاز حاسب محمول"));
		return breach;
	}

	private void complete(ProcessInstance breach, String activity, Map<String, Object> variables) {
		this.tasks.complete(this.tasks.createTaskQuery().processInstanceId(breach.getId()).taskDefinitionKey(activity)
			.singleResult().getId(), variables);
	}

}
