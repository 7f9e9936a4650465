package sa.nonprofit.hail.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Elements;
import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.support.NotificationHistory;
import sa.nonprofit.hail.support.NotificationRecord;
import sa.nonprofit.hail.support.ProcessTest;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/** Every path of BeneficiaryRequestProcess, with the engine clock standing in for time. */
@ProcessTest
class BeneficiaryRequestProcessTest {

	private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	/** Sunday 15 March 2026, 10:00 in Riyadh: the request arrives. */
	private static final ZonedDateTime ARRIVAL = ZonedDateTime.of(2026, 3, 15, 10, 0, 0, 0, RIYADH);

	private static final String VALID_ID = "1000000008";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	NotificationHistory notifications;

	@Autowired
	void readNotifications(JdbcTemplate jdbc) {
		this.notifications = new NotificationHistory(jdbc);
	}

	@Autowired
	SatisfactionSurveys surveys;

	/** The instances this test started: only those are removed afterwards, never another test's. */
	private final List<String> started = new ArrayList<>();

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		ClockUtil.setCurrentTime(Date.from(ARRIVAL.toInstant()));
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		// Instances left waiting would count as "open requests" for a later duplicate check: remove this test's own.
		if (!this.started.isEmpty()) {
			this.runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(this.started)).list()
				.forEach(instance -> this.runtime.deleteProcessInstance(instance.getId(), "test finished", true, true));
		}
	}

	@Test
	void acceptedRequestIsServedAndSurveyed() {
		ProcessInstance request = start(application(uniqueId(1)));
		assertThat(request).isWaitingAt(Elements.VERIFY).hasBusinessKey(requestNumber(request));
		assertThat(requestNumber(request)).matches("BR-2026-\\d{6}");
		assertThat(task()).hasCandidateGroup("beneficiary-relations");

		verifyAndDeclare(request);
		decide(request, "ACCEPTED", "تنطبق عليه شروط البرنامج");
		execute(job());
		assertThat(request).isWaitingAt(Elements.REGISTRATION);
		complete(task(), withVariables("beneficiaryFileNumber", "F-1001"));
		assertThat(request).isWaitingAt(Elements.DELIVER_SERVICE);
		complete(task(), withVariables("serviceDelivered", "جلستا استشارة تغذوية"));
		execute(job());
		assertThat(request).isWaitingAt(Elements.RECEIVE_SURVEY);

		this.surveys.answer((String) this.runtime.getVariable(request.getId(), Variables.SURVEY_TOKEN), 5, "خدمة ممتازة");

		assertThat(request).hasPassedInOrder(Elements.VALIDATE, Elements.VERIFY, Elements.DECLARATION,
				Elements.NOTIFY_REFERRED, Elements.COMMITTEE_DECISION, Elements.NOTIFY_ACCEPTED, Elements.REGISTRATION,
				Elements.DELIVER_SERVICE, Elements.SEND_SURVEY, Elements.RECEIVE_SURVEY).isEnded();
		assertThat(request).hasPassed(Elements.END_SERVED);
		assertThat(historicVariable(request, Variables.SURVEY_SCORE)).isEqualTo(5);
		assertThat(historicVariable(request, Variables.SURVEY_COMMENT)).isEqualTo("خدمة ممتازة");
		assertThat(kinds(request)).containsExactly(NotificationKind.REQUEST_RECEIVED,
				NotificationKind.REFERRED_TO_COMMITTEE, NotificationKind.REQUEST_ACCEPTED,
				NotificationKind.SATISFACTION_SURVEY);
		assertThat(sent(request, NotificationKind.REQUEST_RECEIVED).body()).contains(requestNumber(request));
		assertThat(sent(request, NotificationKind.SATISFACTION_SURVEY).body()).contains("/survey.html?token=");
	}

	@Test
	void theApplicantIsToldOfTheReferralWithTheExactDueDate() {
		ProcessInstance request = start(application(uniqueId(2)));
		verifyAndDeclare(request);

		// 14 calendar days after referral, to the minute, in Riyadh time, and in both calendars in the message.
		Date due = Date.from(ARRIVAL.plusDays(14).toInstant());
		assertThat(task()).hasDefinitionKey(Elements.COMMITTEE_DECISION).hasCandidateGroup("research-committee").hasDueDate(due);
		NotificationRecord referral = sent(request, NotificationKind.REFERRED_TO_COMMITTEE);
		assertThat(referral.body()).contains("١٠ شوال ١٤٤٧ هـ (٢٩ مارس ٢٠٢٦)").contains(requestNumber(request))
			.contains("2026-03-29").contains("جمعية مكافحة السمنة بمنطقة حائل").contains("1827");
		assertThat(referral.recipientMobile()).isEqualTo("+966512345678");
		// With no mail server or SMS gateway configured (the demo default) the message is kept, marked not sent.
		assertThat(referral.status()).isEqualTo("NOT_SENT");
	}

	@Test
	void rejectedRequestNotifiesApplicantWithTheReason() {
		ProcessInstance request = start(application(uniqueId(3)));
		verifyAndDeclare(request);
		decide(request, "REJECTED", "لا تنطبق شروط الدعم المالي");
		execute(job());

		assertThat(request).hasPassed(Elements.NOTIFY_REJECTED, Elements.END_REJECTED).isEnded();
		assertThat(sent(request, NotificationKind.REQUEST_REJECTED).body()).contains("لا تنطبق شروط الدعم المالي");
	}

	@Test
	void clarificationLoopReturnsToVerification() {
		ProcessInstance request = start(application(uniqueId(4)));
		assertThat(request).isWaitingAt(Elements.VERIFY);
		complete(task(), withVariables(Variables.VERIFICATION_OUTCOME, "NEEDS_CLARIFICATION", "verificationNotes",
				"المتقدم يسأل عن شروط البرنامج"));
		assertThat(request).isWaitingAt(Elements.CLARIFICATION);
		assertThat(task()).hasCandidateGroup("social-researchers");
		complete(task(), withVariables("clarificationNotes", "وُضحت الشروط ومدة البرنامج"));

		assertThat(request).isWaitingAt(Elements.VERIFY);
		complete(task(), withVariables(Variables.VERIFICATION_OUTCOME, "VERIFIED"));
		assertThat(request).isWaitingAt(Elements.DECLARATION);
	}

	@Test
	void incompleteApplicationIsCompletedAndValidatedAgain() {
		Map<String, Object> incomplete = application("1000000009");
		incomplete.put(Variables.MOBILE, "12345");
		ProcessInstance request = start(incomplete);

		assertThat(request).isWaitingAt(Elements.NOTIFY_MISSING).variables().containsEntry(Variables.APPLICATION_VALID, false);
		execute(job());
		assertThat(request).isWaitingAt(Elements.COMPLETE_APPLICATION);
		String errors = (String) this.runtime.getVariable(request.getId(), Variables.VALIDATION_ERRORS);
		assertThat(errors).contains("رقم الهوية الوطنية أو الإقامة غير صحيح").contains("رقم الجوال غير صحيح");
		assertThat(sent(request, NotificationKind.MISSING_INFORMATION).body()).contains("رقم الجوال غير صحيح");

		complete(task(), withVariables(Variables.NATIONAL_ID, uniqueId(5), Variables.MOBILE, "٠٥٥ ١٢٣ ٤٥٦٧"));
		acknowledgeIfValid(request);
		assertThat(request).isWaitingAt(Elements.VERIFY).variables()
			.containsEntry(Variables.APPLICATION_VALID, true)
			.containsEntry(Variables.MOBILE, "+966551234567");
	}

	@Test
	void incompleteApplicationTimesOutAndTheApplicantIsTold() {
		ProcessInstance request = start(application(uniqueId(6)));
		// The officer finds documents missing: back to the applicant.
		assertThat(request).isWaitingAt(Elements.VERIFY);
		complete(task(), withVariables(Variables.VERIFICATION_OUTCOME, "INCOMPLETE"));
		execute(job());
		assertThat(request).isWaitingAt(Elements.COMPLETE_APPLICATION);
		Date due = Date.from(ARRIVAL.plusDays(30).toInstant());
		assertThat(task()).hasDueDate(due);
		assertThat(timer(request, Elements.TIMER_COMPLETION).getDuedate()).isEqualTo(due);

		ClockUtil.setCurrentTime(Date.from(ARRIVAL.plusDays(30).plusMinutes(1).toInstant()));
		execute(timer(request, Elements.TIMER_COMPLETION));
		execute(job());

		assertThat(request).hasPassed(Elements.TIMER_COMPLETION, Elements.NOTIFY_CLOSED_INCOMPLETE,
				Elements.END_CLOSED_INCOMPLETE).isEnded();
		assertThat(kinds(request)).containsExactly(NotificationKind.REQUEST_RECEIVED,
				NotificationKind.MISSING_INFORMATION, NotificationKind.CLOSED_INCOMPLETE);
	}

	@Test
	void aMissedCommitteeDeadlineAlertsTheDirectorAndTheWorkGoesOn() {
		ProcessInstance request = start(application(uniqueId(7)));
		verifyAndDeclare(request);
		Date due = Date.from(ZonedDateTime.of(2026, 3, 29, 10, 0, 0, 0, RIYADH).toInstant());
		assertThat(timer(request, Elements.TIMER_COMMITTEE).getDuedate()).isEqualTo(due);

		ClockUtil.setCurrentTime(Date.from(ARRIVAL.plusDays(15).toInstant()));
		execute(timer(request, Elements.TIMER_COMMITTEE));
		execute(job());

		assertThat(request).hasPassed(Elements.TIMER_COMMITTEE, Elements.ESCALATE_COMMITTEE, Elements.END_ESCALATION)
			.isWaitingAt(Elements.COMMITTEE_DECISION)
			.variables()
			.containsEntry(Variables.COMMITTEE_DEADLINE_MISSED, true);
		NotificationRecord alert = sent(request, NotificationKind.COMMITTEE_DEADLINE_MISSED);
		assertThat(alert.recipientRole()).isEqualTo("executive-director");
		assertThat(alert.body()).contains(requestNumber(request)).contains("٢٩ مارس ٢٠٢٦");

		decide(request, "ACCEPTED", "قُبل متأخراً");
		assertThat(request).isWaitingAt(Elements.NOTIFY_ACCEPTED);
	}

	@Test
	void anUnansweredSurveyEndsTheRequestAfterItsTime() {
		ProcessInstance request = start(application(uniqueId(8)));
		verifyAndDeclare(request);
		decide(request, "ACCEPTED", "مقبول");
		execute(job());
		complete(task(), withVariables("beneficiaryFileNumber", "F-1002"));
		complete(task(), withVariables("serviceDelivered", "برنامج لياقة"));
		execute(job());
		assertThat(request).isWaitingAt(Elements.RECEIVE_SURVEY);

		ClockUtil.setCurrentTime(Date.from(ARRIVAL.plusDays(15).toInstant()));
		execute(timer(request, Elements.TIMER_SURVEY));

		assertThat(request).hasPassed(Elements.TIMER_SURVEY, Elements.END_SERVED_WITHOUT_SURVEY).isEnded();
		assertThat(request).hasNotPassed(Elements.END_SERVED);
	}

	@Test
	void surveyAnswersAreCheckedAndTakenOnce() {
		ProcessInstance request = start(application(uniqueId(9)));
		verifyAndDeclare(request);
		decide(request, "ACCEPTED", "مقبول");
		execute(job());
		complete(task(), withVariables("beneficiaryFileNumber", "F-1003"));
		complete(task(), withVariables("serviceDelivered", "استشارة"));
		execute(job());
		String token = (String) this.runtime.getVariable(request.getId(), Variables.SURVEY_TOKEN);

		assertThatThrownBy(() -> this.surveys.answer(token, 6, "")).hasMessageContaining("1 to 5");
		assertThatThrownBy(() -> this.surveys.answer("not-a-token", 4, "")).hasMessageContaining("does not exist");
		assertThat(request).isWaitingAt(Elements.RECEIVE_SURVEY);
		this.surveys.answer(token, 4, "");
		assertThatThrownBy(() -> this.surveys.answer(token, 4, "")).hasMessageContaining("already answered");
		assertThat(historicVariable(request, Variables.SURVEY_SCORE)).isEqualTo(4);
	}

	@Test
	void aSecondOpenRequestForTheSameIdIsFlaggedNotMerged() {
		String id = uniqueId(10);
		ProcessInstance first = start(application(id));
		ProcessInstance second = start(application(id));

		assertThat(second).isWaitingAt(Elements.VERIFY).variables()
			.containsEntry(Variables.DUPLICATE_OF, requestNumber(first));
		assertThat((String) this.runtime.getVariable(second.getId(), Variables.DUPLICATE_WARNING))
			.contains(requestNumber(first));
		assertThat(first).isWaitingAt(Elements.VERIFY).variables().containsEntry(Variables.DUPLICATE_OF, "");
	}

	@Test
	void invalidNationalIdAndInvalidMobileAreListedInArabic() {
		Map<String, Object> wrong = application("3000000001");
		wrong.put(Variables.MOBILE, "0412345678");
		ProcessInstance request = start(wrong);

		assertThat(request).isWaitingAt(Elements.NOTIFY_MISSING);
		assertThat((String) this.runtime.getVariable(request.getId(), Variables.VALIDATION_ERRORS))
			.contains("• رقم الهوية الوطنية أو الإقامة غير صحيح").contains("• رقم الجوال غير صحيح");
	}

	@Test
	void theDeclarationCannotBeSkipped() {
		ProcessInstance request = start(application(uniqueId(11)));
		assertThat(request).isWaitingAt(Elements.VERIFY);
		complete(task(), withVariables(Variables.VERIFICATION_OUTCOME, "VERIFIED"));
		assertThat(request).isWaitingAt(Elements.DECLARATION);

		assertThatThrownBy(() -> complete(task(), withVariables(Variables.DECLARATION_SIGNED, false,
				Variables.DECLARATION_METHOD, "HANDWRITTEN_SIGNATURE")))
			.isInstanceOf(ProcessEngineException.class).hasMessageContaining("إقرار");
		assertThat(request).isWaitingAt(Elements.DECLARATION);
	}

	/** Starts a request; a valid one is acknowledged with its number (an async step) on the way to verification. */
	private ProcessInstance start(Map<String, Object> variables) {
		ProcessInstance request = this.runtime.startProcessInstanceByKey(BeneficiaryProcess.PROCESS_ID, variables);
		this.started.add(request.getId());
		acknowledgeIfValid(request);
		return request;
	}

	private void acknowledgeIfValid(ProcessInstance request) {
		if (Boolean.TRUE.equals(this.runtime.getVariable(request.getId(), Variables.APPLICATION_VALID))) {
			assertThat(request).isWaitingAt(Elements.NOTIFY_RECEIVED);
			execute(jobQuery().processInstanceId(request.getId()).activityId(Elements.NOTIFY_RECEIVED).singleResult());
		}
	}

	private void verifyAndDeclare(ProcessInstance request) {
		assertThat(request).isWaitingAt(Elements.VERIFY);
		complete(task(), withVariables(Variables.VERIFICATION_OUTCOME, "VERIFIED"));
		assertThat(request).isWaitingAt(Elements.DECLARATION);
		complete(task(), withVariables(Variables.DECLARATION_SIGNED, true, Variables.DECLARATION_METHOD,
				"HANDWRITTEN_SIGNATURE"));
		assertThat(request).isWaitingAt(Elements.NOTIFY_REFERRED).variables().containsKey(Variables.DECLARATION_SIGNED_AT);
		execute(job());
		assertThat(request).isWaitingAt(Elements.COMMITTEE_DECISION);
	}

	private void decide(ProcessInstance request, String decision, String reason) {
		complete(committeeTask(request), withVariables(Variables.COMMITTEE_DECISION, decision, Variables.DECISION_REASON, reason));
	}

	private static org.camunda.bpm.engine.task.Task committeeTask(ProcessInstance request) {
		return BpmnAwareTests.task(Elements.COMMITTEE_DECISION, request);
	}

	private Job timer(ProcessInstance request, String activityId) {
		return jobQuery().processInstanceId(request.getId()).activityId(activityId).timers().singleResult();
	}

	private Object historicVariable(ProcessInstance request, String name) {
		return this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(request.getId())
			.variableName(name)
			.singleResult()
			.getValue();
	}

	private List<NotificationKind> kinds(ProcessInstance request) {
		return this.notifications.about(requestNumber(request)).stream().map(NotificationRecord::kind).toList();
	}

	private NotificationRecord sent(ProcessInstance request, NotificationKind kind) {
		return this.notifications.about(requestNumber(request)).stream().filter(n -> n.kind() == kind).findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " for " + requestNumber(request)));
	}

	private String requestNumber(ProcessInstance request) {
		return this.history.createHistoricProcessInstanceQuery().processInstanceId(request.getId()).singleResult()
			.getBusinessKey();
	}

	static Map<String, Object> application(String nationalId) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(Variables.APPLICANT_NAME, "نورة عبدالله الشمري");
		variables.put(Variables.NATIONAL_ID, nationalId);
		variables.put(Variables.MOBILE, "0512345678");
		variables.put(Variables.EMAIL, "noura@example.sa");
		variables.put(Variables.CHANNEL, "INTERVIEW");
		variables.put(Variables.SUPPORT_TYPE, "NUTRITION_CONSULTATION");
		variables.put(Variables.REQUEST_DETAILS, "أحتاج استشارة تغذوية وبرنامجاً لإنقاص الوزن");
		return variables;
	}

	/** A valid national ID of its own for each test, so that no test sees another's request as a duplicate. */
	static String uniqueId(int n) {
		String base = "1" + String.format("%08d", 1000 + n);
		for (int check = 0; check < 10; check++) {
			if (SaudiIdentifiers.isValidNationalId(base + check)) {
				return base + check;
			}
		}
		throw new IllegalStateException();
	}

}
