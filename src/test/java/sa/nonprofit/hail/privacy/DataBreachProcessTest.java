package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
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

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.identity.StaffGroup;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.privacy.DataBreachProcess.Elements;
import sa.nonprofit.hail.privacy.DataBreachProcess.Variables;
import sa.nonprofit.hail.privacy.SubjectFixtures.Person;
import sa.nonprofit.hail.support.NotificationHistory;
import sa.nonprofit.hail.support.NotificationRecord;
import sa.nonprofit.hail.support.ProcessTest;
import sa.nonprofit.hail.system.CaseNumbers;
import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.whistleblowing.ReporterContacts;

/**
 * Every path of DataBreachProcess with the engine clock standing in for time: the 72 hours and the 48-hour escalation
 * counted from awareAt in calendar hours (a weekend does not stop them), the people affected told only when harm is
 * likely, a reporter reached without the officer seeing how. The support requests filed here to name affected people
 * are left out of the coverage, so that this class's coverage is this model's only.
 */
@ProcessTest
class DataBreachProcessTest {

	/** Full coverage of this model; the support requests' model is only a fixture here. */
	@TestConfiguration
	static class ThisModelOnly {

		@Bean
		@Primary
		ProcessEngineCoverageProperties thisModelOnlyCoverage() {
			return ProcessEngineCoverageProperties.builder()
				.assertClassCoverageAtLeast(1.0)
				.excludeProcessDefinitionKeys(BeneficiaryProcess.PROCESS_ID)
				.build();
		}

	}

	private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	/** Sunday 15 March 2026, 10:00 in Riyadh: the breach is reported. */
	private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 15, 10, 0, 0, 0, RIYADH);

	private static final String DPO = StaffGroup.DATA_PROTECTION_OFFICER.id();

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	ReporterContacts reporterContacts;

	@Autowired
	CaseNumbers caseNumbers;

	@Autowired
	ProcessingProperties processing;

	SubjectFixtures fixtures;

	NotificationHistory notifications;

	@Autowired
	void readNotifications(JdbcTemplate jdbc) {
		this.notifications = new NotificationHistory(jdbc);
	}

	private final List<String> started = new ArrayList<>();

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
		this.fixtures = new SubjectFixtures(this.engine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		this.identity.clearAuthentication();
		if (!this.started.isEmpty()) {
			this.runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(this.started)).list()
				.forEach(instance -> this.runtime.deleteProcessInstance(instance.getId(), "test finished", true, true));
		}
	}

	@Test
	void harmUnlikelyTheOfficerRecordsThatNoNoticeIsRequiredAndNobodyIsWrittenTo() {
		ProcessInstance breach = start(NOW.minusHours(2));
		// unguessable, like report numbers: no staff member who starts one learns how many breaches there were
		assertThat(number(breach)).matches("DB-2026-[0-9A-Z]{8}");
		assertThat(CaseNumbers.hasValidCheck(number(breach))).isTrue();
		assertThat(breach).hasBusinessKey(number(breach)).isWaitingAt(Elements.ASSESS);
		assertThat(task(breach)).hasCandidateGroup(DPO);
		assess(breach, false, "");

		assertThat(breach).isWaitingAt(Elements.NOTIFY_AUTHORITY);
		assertThat(this.runtime.getVariable(breach.getId(), Variables.AUTHORITY_NOTICE_CONTENT).toString())
			.contains(number(breach), "جهاز حاسب محمول", "الاسم والجوال", "لا يلزم، لعدم ترجيح الضرر");
		assertThatThrownBy(() -> complete(task(breach), withVariables(Variables.AUTHORITY_NOTICE, "NOT_REQUIRED")))
			.hasMessageContaining("the reason no notice is required");
		complete(task(breach), withVariables(Variables.AUTHORITY_NOTICE, "NOT_REQUIRED", Variables.NOT_REQUIRED_REASON,
				"الجهاز مشفّر بالكامل ولم يُكشف شيء"));
		close(breach);

		assertThat(breach).hasPassedInOrder(Elements.ASSESS, Elements.NOTIFY_AUTHORITY, Elements.CLOSE,
				Elements.END_CLOSED).isEnded();
		assertThat(breach).hasNotPassed(Elements.NOTIFY_SUBJECTS, Elements.SEND_NOTICES, Elements.ESCALATE);
		assertThat(this.notifications.about(number(breach))).isEmpty();
	}

	@Test
	void harmLikelyEachPersonIsToldOnceByTheChannelOnFileAndTheReporterWithoutTheOfficerSeeingHow() {
		Person beneficiary = new Person(SubjectFixtures.nationalId(), "منيرة سالم", "0551234567", null);
		ProcessInstance supportRequest = this.fixtures.request(beneficiary, "طلب دعم");
		this.started.add(supportRequest.getId());
		String report = this.caseNumbers.nextUnguessable("WB");
		this.reporterContacts.save(report, "0567654321", null);
		String reportWithoutContact = this.caseNumbers.nextUnguessable("WB");
		String unknown = SubjectFixtures.nationalId();
		ProcessInstance breach = start(NOW.minusHours(1));

		assertThatThrownBy(() -> assess(breach, true, "BR-2026-999999\nليس رقماً"))
			.hasMessageContaining("BR-2026-999999").hasMessageContaining("ليس رقماً");
		assertThat(breach).isWaitingAt(Elements.ASSESS);
		assertThat(this.runtime.getVariable(breach.getId(), Variables.AFFECTED_PEOPLE)).isNull();
		// named twice, by the request and by the ID: told once; one ID with nothing on file; one reporter
		assess(breach, true, supportRequest.getBusinessKey() + "\n" + beneficiary.nationalId() + "\n" + unknown + "\n"
				+ report + "\n" + reportWithoutContact);

		assertThat(breach).isWaitingAt(Elements.NOTIFY_AUTHORITY, Elements.NOTIFY_SUBJECTS);
		assertThatThrownBy(() -> complete(taskAt(Elements.NOTIFY_AUTHORITY, breach),
				withVariables(Variables.AUTHORITY_NOTICE, "NOT_REQUIRED", Variables.NOT_REQUIRED_REASON, "لا")))
			.hasMessageContaining("The notice is required");
		complete(taskAt(Elements.NOTIFY_AUTHORITY, breach), withVariables(Variables.AUTHORITY_NOTICE, "NOTIFIED",
				Variables.AUTHORITY_NOTIFIED_AT, "2026-03-15T09:30", Variables.AUTHORITY_METHOD, "NATIONAL_PLATFORM",
				Variables.AUTHORITY_REFERENCE, "SDAIA-2026-0042"));
		assertThat(this.runtime.getVariable(breach.getId(), Variables.AUTHORITY_NOTIFIED_AT))
			.isEqualTo(Date.from(NOW.minusMinutes(30).toInstant()));

		// the officer writes only what happened (and extra advice); the rest is the system's, shown, not editable
		String preview = (String) this.runtime.getVariable(breach.getId(), Variables.SUBJECT_MESSAGE);
		assertThat(preview).contains(BreachMessages.TO_FILL, "الاسم والجوال", "لا تشارك رمز التحقق",
				this.processing.officer().email());
		assertThatThrownBy(() -> complete(taskAt(Elements.NOTIFY_SUBJECTS, breach), Map.of()))
			.hasMessageContaining("Say what happened");
		for (String lure : List.of("للتحقق ادخل https://hail-help.example/verify", "زوروا www.hail-verify.net",
				"راسلنا على hail-help.com", "اتصل على ٠٥٥ ١٢٣ ٤٥٦٧ فوراً", "اتصل على +966 55 123 4567",
				"راسلنا على help@hail.sa", "x".repeat(BreachMessages.MAX_WHAT_HAPPENED + 1))) {
			assertThatThrownBy(() -> complete(taskAt(Elements.NOTIFY_SUBJECTS, breach),
					withVariables(Variables.SUBJECT_WHAT_HAPPENED, lure)))
				.as(lure).hasMessageContaining("no link");
		}
		assertThatThrownBy(() -> complete(taskAt(Elements.NOTIFY_SUBJECTS, breach),
				withVariables(Variables.SUBJECT_WHAT_HAPPENED, "فُقد جهاز", Variables.SUBJECT_EXTRA_ADVICE,
						"غيّر كلمة مرورك من bit.ly/x1")))
			.hasMessageContaining("no link");
		String whatHappened = "فُقد في 2026-03-14 جهاز حاسب محمول يحوي قائمة 120 مستفيداً";
		// a whole message sent alongside is not what goes out
		complete(taskAt(Elements.NOTIFY_SUBJECTS, breach), withVariables(Variables.SUBJECT_WHAT_HAPPENED, whatHappened,
				Variables.SUBJECT_EXTRA_ADVICE, "راجع كشف حسابك", Variables.SUBJECT_MESSAGE,
				"اضغط الرابط https://evil.example"));
		String message = (String) this.runtime.getVariable(breach.getId(), Variables.SUBJECT_MESSAGE);
		assertThat(message).startsWith("نُبلغك بأن").contains("ما حدث: " + whatHappened, "راجع كشف حسابك",
				this.processing.officer().email()).doesNotContain("evil", BreachMessages.TO_FILL);
		execute(job(breach, Elements.SEND_NOTICES));

		List<NotificationRecord> toBeneficiaries = this.notifications.about(number(breach));
		assertThat(toBeneficiaries).singleElement().satisfies(sent -> {
			assertThat(sent.kind()).isEqualTo(NotificationKind.BREACH_NOTICE);
			assertThat(sent.recipientMobile()).isEqualTo("+966551234567");
			assertThat(sent.recipientEmail()).isNull();
			assertThat(sent.body()).startsWith(message).contains(number(breach)).doesNotContain("evil");
		});
		// the reporter's notice lives with the report, and its record keeps only a mask of their contact
		assertThat(this.notifications.about(report)).singleElement().satisfies(sent -> {
			assertThat(sent.kind()).isEqualTo(NotificationKind.BREACH_NOTICE);
			assertThat(sent.recipientMobile()).isEqualTo("05XXXXXX21");
		});
		assertThat(this.notifications.about(reportWithoutContact)).isEmpty();
		// report numbers are counted as named, the two alike: nothing says which one has a contact, or exists
		assertThat(this.runtime.getVariables(breach.getId())).containsEntry(Variables.REPORTS_NAMED, 2L)
			.containsEntry(Variables.SUBJECTS_REACHED, 1L)
			.containsEntry(Variables.SUBJECTS_WITHOUT_CONTACT, 1L)
			.containsEntry(Variables.SUBJECTS_NOTIFIED_AT, Date.from(NOW.toInstant()));
		assertThat(this.history.createHistoricVariableInstanceQuery().processInstanceId(breach.getId()).list())
			.noneMatch(variable -> String.valueOf(variable.getValue()).contains("567654321"));

		close(breach);
		assertThat(breach).hasPassed(Elements.NOTIFY_AUTHORITY, Elements.NOTIFY_SUBJECTS, Elements.SEND_NOTICES,
				Elements.END_CLOSED).isEnded();
		assertThat(breach).hasNotPassed(Elements.ESCALATE);
	}

	@Test
	void theChairIsToldAtExactlyFortyEightHoursAndTheNoticeIsDueAtSeventyTwo() {
		ProcessInstance breach = start(NOW);
		assess(breach, false, "");
		Date escalation = Date.from(NOW.plusHours(48).toInstant());
		Date due = Date.from(NOW.plusHours(72).toInstant());
		assertThat(timer(breach).getDuedate()).isEqualTo(escalation);
		assertThat(task(breach)).hasDueDate(due);

		ClockUtil.setCurrentTime(Date.from(NOW.plusHours(47).plusMinutes(59).toInstant()));
		assertThat(jobQuery().processInstanceId(breach.getId()).timers().executable().count()).isZero();
		ClockUtil.setCurrentTime(escalation);
		execute(timer(breach));
		execute(job(breach, Elements.ESCALATE));

		assertThat(breach).isWaitingAt(Elements.NOTIFY_AUTHORITY);
		assertThat(this.runtime.getVariable(breach.getId(), Variables.ESCALATED)).isEqualTo(true);
		List<NotificationRecord> told = this.notifications.about(number(breach));
		assertThat(told).extracting(NotificationRecord::recipientRole)
			.containsExactly(StaffGroup.BOARD_CHAIR.id(), DPO);
		assertThat(told).allSatisfy(sent -> {
			assertThat(sent.kind()).isEqualTo(NotificationKind.BREACH_AUTHORITY_NOTICE_OVERDUE);
			assertThat(sent.subject()).startsWith("تنبيه");
			assertThat(sent.body()).contains("2026-03-18 10:00").doesNotContain("جهاز حاسب محمول");
		});

		ClockUtil.setCurrentTime(Date.from(NOW.plusHours(80).toInstant()));
		complete(task(breach), withVariables(Variables.AUTHORITY_NOTICE, "NOTIFIED", Variables.AUTHORITY_NOTIFIED_AT,
				Date.from(NOW.plusHours(79).toInstant()), Variables.AUTHORITY_METHOD, "EMAIL",
				Variables.AUTHORITY_REFERENCE, "SDAIA-LATE-1"));
		close(breach);
		assertThat(breach).hasPassed(Elements.TIMER_ESCALATION, Elements.ESCALATE, Elements.END_ESCALATED,
				Elements.END_CLOSED).isEnded();
	}

	@Test
	void seventyTwoHoursFromAThursdayEveningRunThroughTheWeekendWithoutStopping() {
		ZonedDateTime thursdayEvening = ZonedDateTime.of(2026, 3, 12, 20, 0, 0, 0, RIYADH);
		ClockUtil.setCurrentTime(Date.from(thursdayEvening.plusHours(1).toInstant()));
		ProcessInstance breach = start(thursdayEvening);
		assertThat(task(breach)).hasDueDate(Date.from(ZonedDateTime.of(2026, 3, 15, 20, 0, 0, 0, RIYADH).toInstant()));
		assess(breach, false, "");
		// Saturday 20:00 and Sunday 20:00: Friday and Saturday count like any day
		assertThat(timer(breach).getDuedate())
			.isEqualTo(Date.from(ZonedDateTime.of(2026, 3, 14, 20, 0, 0, 0, RIYADH).toInstant()));
		assertThat(task(breach))
			.hasDueDate(Date.from(ZonedDateTime.of(2026, 3, 15, 20, 0, 0, 0, RIYADH).toInstant()));
	}

	@Test
	void awarenessMoreThanFortyEightHoursBeforeTheStartEscalatesAtOnce() {
		ProcessInstance breach = start(NOW.minusHours(50));
		assess(breach, false, "");
		assertThat(timer(breach).getDuedate()).isEqualTo(Date.from(NOW.minusHours(2).toInstant()));
		assertThat(jobQuery().processInstanceId(breach.getId()).timers().executable().count()).isEqualTo(1);
		assertThat(task(breach)).hasDueDate(Date.from(NOW.plusHours(22).toInstant()));
		execute(timer(breach));
		execute(job(breach, Elements.ESCALATE));
		assertThat(this.runtime.getVariable(breach.getId(), Variables.ESCALATED)).isEqualTo(true);
	}

	@Test
	void aMomentOfAwarenessInTheFutureOrAMissingDescriptionStartsNothing() {
		long before = this.runtime.createProcessInstanceQuery().processDefinitionKey(DataBreachProcess.PROCESS_ID).count();
		Map<String, Object> future = breach(Date.from(NOW.plusMinutes(5).toInstant()));
		assertThatThrownBy(() -> this.runtime.startProcessInstanceByKey(DataBreachProcess.PROCESS_ID, future))
			.hasMessageContaining("cannot be in the future")
			.rootCause()
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.arabic()).contains("لا يكون في المستقبل"));
		Map<String, Object> futureAsTyped = breach(null);
		futureAsTyped.put(Variables.AWARE_AT, "2026-03-15 10:05");
		assertThatThrownBy(() -> this.runtime.startProcessInstanceByKey(DataBreachProcess.PROCESS_ID, futureAsTyped))
			.hasMessageContaining("cannot be in the future");
		Map<String, Object> blank = breach(Date.from(NOW.toInstant()));
		blank.put(Variables.DESCRIPTION, " ");
		blank.remove(Variables.AWARE_AT);
		assertThatThrownBy(() -> this.runtime.startProcessInstanceByKey(DataBreachProcess.PROCESS_ID, blank))
			.hasMessageContaining("Describe what happened").hasMessageContaining("Enter the date and time");
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionKey(DataBreachProcess.PROCESS_ID).count())
			.isEqualTo(before);
		// typed as the form sends it, in the association's time: the start is refused only in the future
		Map<String, Object> typed = breach(null);
		typed.put(Variables.AWARE_AT, "٢٠٢٦-٠٣-١٥ ٠٩:١٥");
		ProcessInstance breach = this.runtime.startProcessInstanceByKey(DataBreachProcess.PROCESS_ID, typed);
		this.started.add(breach.getId());
		assertThat(this.runtime.getVariable(breach.getId(), Variables.AWARE_AT))
			.isEqualTo(Date.from(NOW.minusMinutes(45).toInstant()));
	}

	@Test
	void anyStaffMemberReportsABreachButOnlyTheOfficerSeesAndWorksIt() {
		this.identity.setAuthentication("relations1", List.of(StaffGroup.BENEFICIARY_RELATIONS.id()));
		ProcessInstance breach = this.runtime.startProcessInstanceByKey(DataBreachProcess.PROCESS_ID,
				breach(Date.from(NOW.minusHours(3).toInstant())));
		this.started.add(breach.getId());
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(breach.getId()).count()).isZero();
		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(breach.getId()).count()).isZero();
		assertThat(this.tasks.createTaskQuery().processInstanceId(breach.getId()).count()).isZero();
		String taskId = this.identity.getCurrentAuthentication() == null ? null : taskIdAsSystem(breach);
		assertThatThrownBy(() -> this.tasks.claim(taskId, "relations1")).isInstanceOf(AuthorizationException.class);
		for (StaffGroup group : List.of(StaffGroup.BOARD_CHAIR, StaffGroup.INTERNAL_AUDITORS)) {
			this.identity.setAuthentication("someone", List.of(group.id()));
			assertThatThrownBy(() -> this.tasks.claim(taskId, "someone")).as(group.id())
				.isInstanceOf(AuthorizationException.class);
		}
		this.identity.setAuthentication("dpo1", List.of(DPO));
		this.tasks.claim(taskId, "dpo1");
		assertThat(this.tasks.createTaskQuery().taskAssignee("dpo1").processInstanceId(breach.getId()).count())
			.isEqualTo(1);
		this.identity.clearAuthentication();
		assertThat(this.runtime.getVariable(breach.getId(), Variables.REPORTED_BY)).isEqualTo("relations1");
	}

	private String taskIdAsSystem(ProcessInstance breach) {
		var who = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			return this.tasks.createTaskQuery().processInstanceId(breach.getId()).singleResult().getId();
		}
		finally {
			this.identity.setAuthentication(who);
		}
	}

	private ProcessInstance start(ZonedDateTime awareAt) {
		ProcessInstance breach = this.runtime.startProcessInstanceByKey(DataBreachProcess.PROCESS_ID,
				breach(Date.from(awareAt.toInstant())));
		this.started.add(breach.getId());
		return breach;
	}

	private static Map<String, Object> breach(Date awareAt) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(Variables.DESCRIPTION, "فُقد جهاز حاسب محمول لموظف علاقات المستفيدين");
		variables.put(Variables.AWARE_AT, awareAt);
		variables.put(Variables.DISCOVERY, "أبلغ الموظف عن فقده صباحاً");
		return variables;
	}

	private void assess(ProcessInstance breach, boolean harmLikely, String people) {
		complete(taskAt(Elements.ASSESS, breach), withVariables(Variables.HARM_LIKELY, harmLikely,
				Variables.DATA_CATEGORIES, "الاسم والجوال", Variables.PEOPLE_AFFECTED, 3, Variables.RECORDS_AFFECTED,
				120, Variables.RISKS, "رسائل احتيال", Variables.MEASURES, "إيقاف حسابات الجهاز وتغيير كلمات المرور",
				Variables.AFFECTED_PEOPLE, people));
	}

	private void close(ProcessInstance breach) {
		assertThatThrownBy(() -> complete(taskAt(Elements.CLOSE, breach), withVariables(Variables.LESSONS, "درس")))
			.hasMessageContaining("the measures against recurrence");
		complete(taskAt(Elements.CLOSE, breach), withVariables(Variables.LESSONS, "تشفير الأجهزة المحمولة",
				Variables.PREVENTION, "تشفير كامل للأقراص وسياسة قفل الشاشة"));
	}

	private static org.camunda.bpm.engine.task.Task taskAt(String activity, ProcessInstance breach) {
		return BpmnAwareTests.taskQuery().processInstanceId(breach.getId()).taskDefinitionKey(activity).singleResult();
	}

	private String number(ProcessInstance breach) {
		return (String) this.history.createHistoricVariableInstanceQuery().processInstanceId(breach.getId())
			.variableName(Variables.BREACH_NUMBER).singleResult().getValue();
	}

	private Job job(ProcessInstance breach, String activity) {
		return jobQuery().processInstanceId(breach.getId()).activityId(activity).singleResult();
	}

	private Job timer(ProcessInstance breach) {
		return jobQuery().processInstanceId(breach.getId()).timers().activityId(Elements.TIMER_ESCALATION)
			.singleResult();
	}

}
