package sa.nonprofit.hail.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.support.NotificationHistory;
import sa.nonprofit.hail.support.NotificationRecord;
import sa.nonprofit.hail.support.ProcessTest;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/** Every path of WhistleblowerReportProcess, with the engine clock standing in for time. */
@ProcessTest
class WhistleblowerReportProcessTest {

	private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	/** Thursday 10 September 2026, 09:00 in Riyadh: the report arrives. */
	private static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 9, 10, 9, 0, 0, 0, RIYADH);

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
	ReporterView reporterView;

	@Autowired
	NewEvidence newEvidence;

	@Autowired
	ReporterContacts contacts;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		ClockUtil.setCurrentTime(Date.from(RECEIVED.toInstant()));
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void anUnjustifiedReportIsClosedAndTheClosureBecomesFinal() {
		ProcessInstance report = receive("PHONE", "EMPLOYEE");
		assertThat(report.getBusinessKey()).matches("WB-2026-[0-9A-HJKMNP-TV-Z]{8}");
		receiptDone(report);
		review(report, "UNJUSTIFIED");

		assertThat(report).isWaitingAt(Elements.AWAIT_EVIDENCE);
		assertThat(this.reporterView.statusOf(report.getBusinessKey()).orElseThrow().stage())
			.isEqualTo(ReporterView.Stage.CLOSED);

		ClockUtil.setCurrentTime(Date.from(RECEIVED.plusDays(366).toInstant()));
		execute(timer(report, Elements.TIMER_EVIDENCE_WINDOW));
		assertThat(report).hasPassed(Elements.END_CLOSED_UNJUSTIFIED).isEnded();
		assertThat(this.newEvidence.submit(report.getBusinessKey(), "متأخر")).isFalse();
	}

	@Test
	void newEvidenceReopensAnUnjustifiedReportForReview() {
		ProcessInstance report = receive("LETTER", "VOLUNTEER");
		receiptDone(report);
		review(report, "UNJUSTIFIED");

		assertThat(this.newEvidence.submit(report.getBusinessKey(), "صور فواتير جديدة")).isTrue();
		assertThat(report).isWaitingAt(Elements.NOTIFY_NEW_EVIDENCE);
		execute(jobAt(report, Elements.NOTIFY_NEW_EVIDENCE));
		assertThat(only(report, NotificationKind.NEW_EVIDENCE_RECEIVED).recipientRole()).isEqualTo("internal-auditors");

		assertThat(report).isWaitingAt(Elements.PRELIMINARY_REVIEW).variables()
			.containsEntry(Variables.NEW_EVIDENCE, "صور فواتير جديدة");
		assertThat(task()).hasCandidateGroup("internal-auditors");
		review(report, "RESOLVED_WITHOUT_INVESTIGATION");
		giveFeedback(report, "راجعنا الإثباتات وعولجت المسألة");
		assertThat(report).hasPassed(Elements.END_CLOSED).isEnded();
	}

	@Test
	void aReportResolvedWithoutInvestigationGetsFeedbackAndTheReporterIsTold() {
		ProcessInstance report = receive("IN_PERSON", "EMPLOYEE");
		this.contacts.save(report.getBusinessKey(), "0598765432", null);
		receiptDone(report);
		review(report, "RESOLVED_WITHOUT_INVESTIGATION");
		giveFeedback(report, "عولجت المسألة بتدقيق داخلي");

		assertThat(report).hasPassed(Elements.REPORTER_FEEDBACK, Elements.NOTIFY_REPORTER, Elements.END_CLOSED)
			.hasNotPassed(Elements.INVESTIGATION).isEnded();
		NotificationRecord acknowledged = only(report, NotificationKind.REPORT_ACKNOWLEDGEMENT);
		assertThat(acknowledged.body()).contains(report.getBusinessKey());
		NotificationRecord told = only(report, NotificationKind.REPORT_FEEDBACK_AVAILABLE);
		assertThat(told.recipientRole()).isEqualTo("REPORTER");
		// The message went to the number; the record of it keeps only a mask, like every row a stolen backup holds.
		assertThat(told.recipientMobile()).isEqualTo("05XXXXXX32");
		assertThat(acknowledged.recipientMobile()).isEqualTo("05XXXXXX32");
		assertThat(this.reporterView.statusOf(report.getBusinessKey()).orElseThrow().feedback())
			.isEqualTo("عولجت المسألة بتدقيق داخلي");
	}

	@Test
	void anInvestigatedReportIsRatifiedDisciplinedAndAnsweredWithoutDisclosingMeasures() throws Exception {
		String marker = "MARKER-" + UUID.randomUUID();
		ProcessInstance report = receive("PHONE", "EMPLOYEE");
		this.contacts.save(report.getBusinessKey(), null, "reporter@example.sa");
		receiptDone(report);
		review(report, "INVESTIGATE");

		assertThat(report).isWaitingAt(Elements.INVESTIGATION);
		assertThat(task()).hasCandidateGroup("violations-committee");
		assertThat(this.reporterView.statusOf(report.getBusinessKey()).orElseThrow().stage())
			.isEqualTo(ReporterView.Stage.UNDER_INVESTIGATION);
		investigate(report, "مداولات " + marker);
		assertThat(report).isWaitingAt(Elements.CHAIR_APPROVAL);
		assertThat(task()).hasCandidateGroup("board-chair");
		complete(task(), withVariables(Variables.CHAIR_DECISION, "APPROVED"));
		assertThat(report).isWaitingAt(Elements.DISCIPLINARY_ACTION);
		assertThat(task()).hasCandidateGroup("executive-director");
		complete(task(), withVariables(Variables.DISCIPLINARY_MEASURES, "إنذار كتابي " + marker));
		giveFeedback(report, "ثبتت المخالفة واتُّخذ ما يلزم وفق سياسات الجمعية");

		assertThat(report).hasPassedInOrder(Elements.INVESTIGATION, Elements.CHAIR_APPROVAL,
				Elements.DISCIPLINARY_ACTION, Elements.REPORTER_FEEDBACK).isEnded();
		String whatTheReporterSees = new ObjectMapper().writeValueAsString(
				this.reporterView.statusOf(report.getBusinessKey()).orElseThrow());
		assertThat(whatTheReporterSees).doesNotContain(marker).contains("ثبتت المخالفة");
		assertThat(this.notifications.about(report.getBusinessKey()))
			.allSatisfy(message -> assertThat(message.body() + message.subject()).doesNotContain(marker));
	}

	@Test
	void aReturnedRecommendationGoesBackToTheCommitteeWithAFreshDeadline() {
		ProcessInstance report = receive("PHONE", "BOARD_MEMBER");
		receiptDone(report);
		review(report, "INVESTIGATE");
		investigate(report, "وقائع");
		ClockUtil.setCurrentTime(Date.from(RECEIVED.plusDays(3).toInstant()));
		complete(task(), withVariables(Variables.CHAIR_DECISION, "RETURNED", "chairComments", "استكملوا سماع الشهود"));

		assertThat(report).isWaitingAt(Elements.INVESTIGATION);
		// Returned on Sunday 13 September: ten working days, across National Day (Wednesday 23 September).
		assertThat(task()).hasDueDate(Date.from(ZonedDateTime.of(2026, 9, 28, 9, 0, 0, 0, RIYADH).toInstant()));
		investigate(report, "وقائع مستكملة");
		complete(task(), withVariables(Variables.CHAIR_DECISION, "APPROVED"));
		complete(task(), withVariables(Variables.DISCIPLINARY_MEASURES, "لفت نظر"));
		giveFeedback(report, "انتهى التحقيق");
		assertThat(report).isEnded();
	}

	@Test
	/**
	 * A website report is acknowledged by the portal's receipt (its number and access code, PortalApiTest): staff get
	 * no acknowledgement task and the process sends no acknowledgement of its own.
	 */
	void aWebsiteReportNeedsNoAcknowledgementFromStaff() {
		ProcessInstance report = receive("WEBSITE", "UNKNOWN");
		assertThat(report.getBusinessKey()).matches("WB-2026-[0-9A-HJKMNP-TV-Z]{8}");
		assertThat(report).isWaitingAt(Elements.NOTIFY_LEADERSHIP).isNotWaitingAt(Elements.ACKNOWLEDGE);
		complete(task(), withVariables("leadershipBriefing", "أُطلع الرئيس والمسؤول التنفيذي"));
		assertThat(report).isWaitingAt(Elements.PRELIMINARY_REVIEW)
			.hasNotPassed(Elements.ACKNOWLEDGE, Elements.SEND_ACKNOWLEDGEMENT);
		assertThat(this.notifications.about(report.getBusinessKey())).extracting(NotificationRecord::kind)
			.doesNotContain(NotificationKind.REPORT_ACKNOWLEDGEMENT);
	}

	@Test
	void aMissedAcknowledgementEscalatesToTheChair() {
		ProcessInstance report = receive("PHONE", "EMPLOYEE");
		Date due = Date.from(RECEIVED.plusDays(10).toInstant());
		assertThat(report).isWaitingAt(Elements.ACKNOWLEDGE);
		assertThat(taskAt(report, Elements.ACKNOWLEDGE).getDueDate()).isEqualTo(due);
		assertThat(timer(report, Elements.TIMER_ACKNOWLEDGEMENT).getDuedate()).isEqualTo(due);

		ClockUtil.setCurrentTime(Date.from(RECEIVED.plusDays(10).plusMinutes(1).toInstant()));
		execute(timer(report, Elements.TIMER_ACKNOWLEDGEMENT));
		execute(jobAt(report, Elements.ESCALATE));

		assertThat(report).hasPassed(Elements.ESCALATE, Elements.END_ESCALATED).isWaitingAt(Elements.ACKNOWLEDGE)
			.variables().containsEntry("acknowledgementDeadlineMissed", true);
		NotificationRecord alert = only(report, NotificationKind.REPORT_DEADLINE_MISSED);
		assertThat(alert.recipientRole()).isEqualTo("board-chair");
		assertThat(alert.body()).contains("إشعار المبلّغ باستلام البلاغ");
	}

	@Test
	void aMissedLeadershipBriefingEscalates() {
		ProcessInstance report = receive("PHONE", "EMPLOYEE");
		Date due = Date.from(RECEIVED.plusDays(7).toInstant());
		assertThat(report).isWaitingAt(Elements.NOTIFY_LEADERSHIP);
		assertThat(taskAt(report, Elements.NOTIFY_LEADERSHIP).getDueDate()).isEqualTo(due);

		ClockUtil.setCurrentTime(Date.from(RECEIVED.plusDays(8).toInstant()));
		execute(timer(report, Elements.TIMER_LEADERSHIP));
		execute(jobAt(report, Elements.ESCALATE));

		assertThat(report).hasPassed(Elements.END_ESCALATED).variables().containsEntry("leadershipDeadlineMissed", true);
	}

	@Test
	void aMissedInvestigationDeadlineAcrossNationalDayEscalates() {
		ProcessInstance report = receive("PHONE", "EMPLOYEE");
		ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 9, 17, 10, 0, 0, 0, RIYADH).toInstant()));
		receiptDone(report);
		review(report, "INVESTIGATE");

		// Referred Thursday 17 September; Wednesday 23 September is National Day: due Sunday 4 October.
		Date due = Date.from(ZonedDateTime.of(2026, 10, 4, 10, 0, 0, 0, RIYADH).toInstant());
		assertThat(taskAt(report, Elements.INVESTIGATION).getDueDate()).isEqualTo(due);
		assertThat(timer(report, Elements.TIMER_INVESTIGATION).getDuedate()).isEqualTo(due);

		ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 10, 4, 10, 1, 0, 0, RIYADH).toInstant()));
		execute(timer(report, Elements.TIMER_INVESTIGATION));
		execute(jobAt(report, Elements.ESCALATE));
		assertThat(report).isWaitingAt(Elements.INVESTIGATION).variables()
			.containsEntry("investigationDeadlineMissed", true);
	}

	@Test
	void aReportAgainstTheExecutiveDirectorNeverReachesThem() {
		ProcessInstance report = receive("PHONE", "EXECUTIVE_DIRECTOR");
		receiptDone(report);
		review(report, "INVESTIGATE");
		investigate(report, "وقائع");
		complete(task(), withVariables(Variables.CHAIR_DECISION, "APPROVED"));

		assertThat(report).isWaitingAt(Elements.DISCIPLINARY_ACTION);
		assertThat(task()).hasCandidateGroup("board-chair");
		assertThat(this.runtime.getVariable(report.getId(), Variables.INFORMED_GROUPS)).isEqualTo("board-chair");
		assertThat(this.engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("executive-director")
			.resourceId(report.getId()).count()).isZero();
	}

	@Test
	void aReportAgainstTheChairIsRatifiedByTheViceChair() {
		ProcessInstance report = receive("LETTER", "BOARD_CHAIR");
		receiptDone(report);
		review(report, "INVESTIGATE");
		investigate(report, "وقائع");
		assertThat(report).isWaitingAt(Elements.CHAIR_APPROVAL);
		assertThat(task()).hasCandidateGroup("board-vice-chair");
	}

	@Test
	void aReportAgainstAnInternalAuditorIsHandledByTheChair() {
		ProcessInstance report = receive("LETTER", "INTERNAL_AUDITOR");
		assertThat(report).isWaitingAt(Elements.ACKNOWLEDGE, Elements.NOTIFY_LEADERSHIP);
		assertThat(taskAt(report, Elements.ACKNOWLEDGE)).hasCandidateGroup("board-chair");
		assertThat(this.engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("internal-auditors")
			.resourceId(report.getId()).count()).isZero();
	}

	@Test
	void aReportAgainstACommitteeMemberIsInvestigatedByTheViceChairAndRatifiedByTheChair() {
		ProcessInstance report = receive("PHONE", "COMMITTEE_MEMBER");
		receiptDone(report);
		review(report, "INVESTIGATE");
		assertThat(report).isWaitingAt(Elements.INVESTIGATION);
		assertThat(task()).hasCandidateGroup("board-vice-chair");
		assertThat(this.engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("violations-committee")
			.resourceId(report.getId()).count()).isZero();
		investigate(report, "وقائع");
		assertThat(report).isWaitingAt(Elements.CHAIR_APPROVAL);
		assertThat(task()).hasCandidateGroup("board-chair");
	}

	private ProcessInstance receive(String channel, String accusedRole) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(Variables.CHANNEL, channel);
		variables.put(Variables.CATEGORY, "FINANCIAL");
		variables.put(Variables.ACCUSED_ROLE, accusedRole);
		variables.put(Variables.DESCRIPTION, "صرف مبالغ دون مستندات");
		ProcessInstance report = this.runtime.startProcessInstanceByKey(WhistleblowerProcess.PROCESS_ID, variables);
		assertThat(report).hasPassed(Elements.ROUTE);
		return report;
	}

	private void receiptDone(ProcessInstance report) {
		assertThat(report).isWaitingAt(Elements.ACKNOWLEDGE, Elements.NOTIFY_LEADERSHIP);
		complete(taskAt(report, Elements.ACKNOWLEDGE), withVariables("acknowledgementMethod", "PHONE"));
		execute(jobAt(report, Elements.SEND_ACKNOWLEDGEMENT));
		complete(taskAt(report, Elements.NOTIFY_LEADERSHIP), withVariables("leadershipBriefing", "أُطلعوا شفهياً"));
		assertThat(report).isWaitingAt(Elements.PRELIMINARY_REVIEW);
	}

	private void review(ProcessInstance report, String outcome) {
		assertThat(report).isWaitingAt(Elements.PRELIMINARY_REVIEW);
		complete(task(), withVariables(Variables.REVIEW_OUTCOME, outcome, "reviewNotes", "ملاحظات المراجعة"));
	}

	private void investigate(ProcessInstance report, String findings) {
		assertThat(report).isWaitingAt(Elements.INVESTIGATION);
		complete(task(), withVariables(Variables.COMMITTEE_FINDINGS, findings, Variables.COMMITTEE_RECOMMENDATION,
				"توصية"));
	}

	private void giveFeedback(ProcessInstance report, String feedback) {
		assertThat(report).isWaitingAt(Elements.REPORTER_FEEDBACK);
		complete(task(), withVariables(Variables.REPORTER_FEEDBACK, feedback));
		execute(jobAt(report, Elements.NOTIFY_REPORTER));
	}

	private Task taskAt(ProcessInstance report, String activityId) {
		return BpmnAwareTests.task(activityId, report);
	}

	private Job timer(ProcessInstance report, String activityId) {
		return jobQuery().processInstanceId(report.getId()).activityId(activityId).timers().singleResult();
	}

	private Job jobAt(ProcessInstance report, String activityId) {
		return jobQuery().processInstanceId(report.getId()).activityId(activityId).singleResult();
	}

	private NotificationRecord only(ProcessInstance report, NotificationKind kind) {
		List<NotificationRecord> found = this.notifications.about(report.getBusinessKey()).stream()
			.filter(message -> message.kind() == kind).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

}
