package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
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

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Elements;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.privacy.SubjectFixtures.Person;
import sa.nonprofit.hail.support.NotificationHistory;
import sa.nonprofit.hail.support.NotificationRecord;
import sa.nonprofit.hail.support.ProcessTest;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/**
 * Every path of DataSubjectRequestProcess, with the engine clock standing in for time and the real data side: the
 * person's file gathered for the export, their support requests erased, a legal hold or an open request refusing the
 * erasure. Corrections are proven in {@link DataRequestApiTest}. The support requests filed here for the erasure to
 * meet are left out of the coverage, so that this class's coverage is this model's only.
 */
@ProcessTest
class DataSubjectRequestProcessTest {

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

	/** Sunday 15 March 2026, 10:00 in Riyadh: the request arrives. */
	private static final ZonedDateTime ARRIVAL = ZonedDateTime.of(2026, 3, 15, 10, 0, 0, 0, RIYADH);

	private static final String DPO = "data-protection-officer";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	DataRequestIntake intake;

	@Autowired
	DataRequestStatuses statuses;

	@Autowired
	SubjectKeys keys;

	@Autowired
	SubjectRecords records;

	@Autowired
	LegalHolds holds;

	@Autowired
	JdbcTemplate jdbc;

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
		ClockUtil.setCurrentTime(Date.from(ARRIVAL.toInstant()));
		this.fixtures = new SubjectFixtures(this.engine);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		if (!this.started.isEmpty()) {
			this.runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(this.started)).list()
				.forEach(instance -> this.runtime.deleteProcessInstance(instance.getId(), "test finished", true, true));
		}
	}

	@Test
	void accessRequestFromThePortalIsVerifiedFulfilledAndReadyOnTheTrackingPage() {
		Person person = Person.random();
		ProcessInstance supportRequest = supportRequest(person);
		DataRequestIntake.Receipt receipt = this.intake.submit(new DataRequestForm(arabicIndic(person.nationalId()),
				"0512345678", "hind@example.sa", "ACCESS", "أريد الاطلاع على بياناتي", true));
		ProcessInstance request = instance(receipt.requestNumber());
		assertThat(receipt.requestNumber()).matches("DR-2026-\\d{6}");
		assertThat(request).hasBusinessKey(receipt.requestNumber()).isWaitingAt(Elements.NOTIFY_RECEIVED);
		assertThat(request).variables().containsEntry(Variables.NATIONAL_ID, person.nationalId())
			.containsEntry(Variables.MOBILE, "+966512345678")
			.containsEntry(Variables.CHANNEL, "WEBSITE")
			.containsEntry(Variables.SUBJECT_HASH, this.keys.of(person.nationalId()))
			.containsEntry(Variables.REQUEST_TYPE_NAME, "الاطلاع على البيانات");
		execute(job(request, Elements.NOTIFY_RECEIVED));

		Date due = Date.from(ARRIVAL.plusDays(30).toInstant());
		assertThat(request).isWaitingAt(Elements.VERIFY_IDENTITY);
		assertThat(task(request)).hasCandidateGroup(DPO).hasDueDate(due);
		assertThat(this.runtime.getVariable(request.getId(), Variables.DATA_REQUEST_DUE)).isEqualTo(due);
		NotificationRecord received = sent(request, NotificationKind.DATA_REQUEST_RECEIVED);
		assertThat(received.body()).contains(receipt.requestNumber()).contains("٢٦ شوال ١٤٤٧ هـ (١٤ أبريل ٢٠٢٦)")
			.doesNotContain(person.nationalId());
		assertThat(received.recipientMobile()).isEqualTo("+966512345678");
		assertThat(this.statuses.statusOf(receipt.requestNumber()).orElseThrow().exportAvailable()).isFalse();

		verify(request);
		assertThat(request).isWaitingAt(Elements.REVIEW);
		assertThat(task(request)).hasCandidateGroup(DPO).hasDueDate(due);
		assertThat(this.statuses.statusOf(receipt.requestNumber()).orElseThrow().stage())
			.isEqualTo(DataRequestStatuses.Stage.UNDER_REVIEW);
		complete(task(request), withVariables(Variables.DATA_REQUEST_DECISION, "FULFIL"));
		assertThat(request).isWaitingAt(Elements.FULFIL);
		assertThatThrownBy(() -> complete(task(request), withVariables(Variables.EXPORT_READY, false)))
			.hasMessageContaining("Confirm that you reviewed the gathered file");
		complete(task(request), withVariables(Variables.EXPORT_READY, true));
		execute(job(request, Elements.NOTIFY_FULFILLED));

		assertThat(request).hasPassedInOrder(Elements.NOTIFY_RECEIVED, Elements.VERIFY_IDENTITY, Elements.REVIEW,
				Elements.FULFIL, Elements.NOTIFY_FULFILLED, Elements.END_FULFILLED).isEnded();
		assertThat(request).hasNotPassed(Elements.ERASE, Elements.FORGET_REQUESTER);
		assertThat(kinds(request)).containsExactly(NotificationKind.DATA_REQUEST_RECEIVED,
				NotificationKind.DATA_REQUEST_FULFILLED);
		assertThat(sent(request, NotificationKind.DATA_REQUEST_FULFILLED).body()).contains("رقم الطلب ورمز المتابعة");
		DataRequestStatuses.DataRequestStatus status = this.statuses.statusOf(receipt.requestNumber()).orElseThrow();
		assertThat(status.stage()).isEqualTo(DataRequestStatuses.Stage.FULFILLED);
		assertThat(status.exportAvailable()).isTrue();
		// the export is the person's whole file: their support request and this request
		SubjectFile export = this.statuses.exportOf(receipt.requestNumber());
		assertThat(export.sections()).extracting(SubjectFile.Section::kind, SubjectFile.Section::reference)
			.contains(tuple(SubjectFiles.SUPPORT_REQUEST, supportRequest.getBusinessKey()),
					tuple(SubjectFiles.DATA_REQUEST, receipt.requestNumber()));
		assertThat(export.sections().stream().flatMap(section -> section.entries().stream()))
			.extracting(SubjectFile.Entry::value)
			.contains(person.name(), person.email(), "تفاصيل طلب الدعم");
	}

	@Test
	void unverifiedIdentityIsRefusedWithTheReasonAndNothingIsDisclosed() {
		ProcessInstance request = staffStart("COPY", Person.random());
		assertThat(request).isWaitingAt(Elements.VERIFY_IDENTITY);
		assertThatThrownBy(() -> complete(task(request), withVariables(Variables.IDENTITY_VERIFIED, false)))
			.hasMessageContaining("Give the reason the identity could not be verified");

		complete(task(request), withVariables(Variables.IDENTITY_VERIFIED, false, Variables.DECISION_REASON,
				"لم يطابق الجوال المسجّل ولم تُقدَّم الهوية الأصلية"));
		assertThat(this.statuses.statusOf(number(request)).orElseThrow().stage())
			.isEqualTo(DataRequestStatuses.Stage.REFUSED);
		execute(job(request, Elements.NOTIFY_REFUSED));

		assertThat(request).hasPassed(Elements.NOTIFY_REFUSED, Elements.END_REFUSED).isEnded();
		assertThat(request).hasNotPassed(Elements.REVIEW, Elements.FULFIL);
		assertThat(sent(request, NotificationKind.DATA_REQUEST_REFUSED).body())
			.contains("لم يطابق الجوال المسجّل ولم تُقدَّم الهوية الأصلية");
		DataRequestStatuses.DataRequestStatus status = this.statuses.statusOf(number(request)).orElseThrow();
		assertThat(status.refusalReason()).contains("لم يطابق الجوال المسجّل");
		assertThat(status.exportAvailable()).isFalse();
		assertThatThrownBy(() -> this.statuses.exportOf(number(request))).hasMessageContaining("only after your identity");
	}

	@Test
	void refusalNeedsAReasonAndTheRequesterIsToldIt() {
		ProcessInstance request = staffStart("ACCESS", Person.random());
		verify(request);
		assertThatThrownBy(() -> complete(task(request), withVariables(Variables.DATA_REQUEST_DECISION, "REFUSE")))
			.hasMessageContaining("Give the reason");
		complete(task(request), withVariables(Variables.DATA_REQUEST_DECISION, "REFUSE", Variables.DECISION_REASON,
				"طلب مكرر بلا مسوّغ خلال المدة نفسها"));
		execute(job(request, Elements.NOTIFY_REFUSED));

		assertThat(request).hasPassed(Elements.REVIEW, Elements.NOTIFY_REFUSED).isEnded();
		assertThat(sent(request, NotificationKind.DATA_REQUEST_REFUSED).body()).contains("طلب مكرر بلا مسوّغ");
	}

	@Test
	void extendedOnceWithTheReasonToldThenASecondExtensionIsRefusedThenFulfilled() {
		ProcessInstance request = staffStart("COPY", Person.random());
		verify(request);
		complete(task(request), withVariables(Variables.DATA_REQUEST_DECISION, "EXTEND", Variables.DECISION_REASON,
				"جهد غير متناسب: السجلات في أرشيف ورقي"));
		execute(job(request, Elements.NOTIFY_EXTENDED));

		Date extended = Date.from(ARRIVAL.plusDays(60).toInstant());
		assertThat(request).isWaitingAt(Elements.REVIEW);
		assertThat(task(request)).hasDueDate(extended);
		assertThat(timer(request, Elements.TIMER_REVIEW).getDuedate()).isEqualTo(extended);
		NotificationRecord notice = sent(request, NotificationKind.DATA_REQUEST_EXTENDED);
		assertThat(notice.body()).contains("جهد غير متناسب: السجلات في أرشيف ورقي").contains("2026-05-14");
		DataRequestStatuses.DataRequestStatus status = this.statuses.statusOf(number(request)).orElseThrow();
		assertThat(status.extended()).isTrue();
		assertThat(status.due()).isEqualTo("2026-05-14");
		assertThat(status.extensionReason()).contains("أرشيف ورقي");

		assertThatThrownBy(() -> complete(task(request), withVariables(Variables.DATA_REQUEST_DECISION, "EXTEND",
				Variables.DECISION_REASON, "مرة أخرى"))).hasMessageContaining("one extension only");
		complete(task(request), withVariables(Variables.DATA_REQUEST_DECISION, "FULFIL"));
		complete(task(request), withVariables(Variables.EXPORT_READY, true));
		execute(job(request, Elements.NOTIFY_FULFILLED));

		assertThat(request).hasPassed(Elements.NOTIFY_EXTENDED, Elements.END_FULFILLED).isEnded();
		assertThat(kinds(request)).containsExactly(NotificationKind.DATA_REQUEST_RECEIVED,
				NotificationKind.DATA_REQUEST_EXTENDED, NotificationKind.DATA_REQUEST_FULFILLED);
	}

	@Test
	void theDeadlineEscalatesAtEveryStageWithoutStoppingTheWork() {
		Person person = Person.random();
		ProcessInstance request = staffStart("ACCESS", person);
		Date due = Date.from(ARRIVAL.plusDays(30).toInstant());
		assertThat(timer(request, Elements.TIMER_VERIFY).getDuedate()).isEqualTo(due);

		ClockUtil.setCurrentTime(Date.from(ARRIVAL.plusDays(30).plusMinutes(1).toInstant()));
		execute(timer(request, Elements.TIMER_VERIFY));
		execute(job(request, Elements.ESCALATE));
		assertThat(request).isWaitingAt(Elements.VERIFY_IDENTITY);
		assertThat(request).variables().containsEntry(Variables.DEADLINE_MISSED, true);
		List<NotificationRecord> missed = this.notifications.about(number(request)).stream()
			.filter(sent -> sent.kind() == NotificationKind.DATA_REQUEST_DEADLINE_MISSED).toList();
		assertThat(missed).extracting(NotificationRecord::recipientRole).containsExactlyInAnyOrder(DPO, "board-chair");
		assertThat(missed.get(0).body()).doesNotContain(person.nationalId());

		verify(request);
		execute(timer(request, Elements.TIMER_REVIEW));
		execute(job(request, Elements.ESCALATE));
		complete(task(request), withVariables(Variables.DATA_REQUEST_DECISION, "FULFIL"));
		execute(timer(request, Elements.TIMER_FULFIL));
		execute(job(request, Elements.ESCALATE));
		assertThat(request).isWaitingAt(Elements.FULFIL);
		complete(task(request), withVariables(Variables.EXPORT_READY, true));
		execute(job(request, Elements.NOTIFY_FULFILLED));

		assertThat(request).hasPassed(Elements.END_ESCALATED, Elements.END_FULFILLED).isEnded();
		assertThat(this.history.createHistoricActivityInstanceQuery().processInstanceId(request.getId())
			.activityId(Elements.ESCALATE).count()).isEqualTo(3);
	}

	@Test
	void destructionErasesThenTellsThePersonThenForgetsTheRequester() {
		Person person = Person.random();
		ProcessInstance supportRequest = supportRequest(person);
		this.fixtures.reject(supportRequest.getId(), "لا تنطبق الشروط على " + person.name());
		ProcessInstance request = staffStart("DESTRUCTION", person);
		verify(request);
		complete(task(request), withVariables(Variables.DATA_REQUEST_DECISION, "FULFIL"));
		assertThatThrownBy(() -> complete(task(request), withVariables(Variables.ERASURE_CONFIRMED, false)))
			.hasMessageContaining("Confirm the erasure");
		complete(task(request), withVariables(Variables.ERASURE_CONFIRMED, true));
		execute(job(request, Elements.ERASE));

		// The support request keeps what counts and nothing of the person's.
		assertThat(variables(supportRequest)).containsEntry(BeneficiaryProcess.Variables.COMMITTEE_DECISION, "REJECTED")
			.containsEntry(BeneficiaryProcess.Variables.REQUEST_NUMBER, supportRequest.getBusinessKey())
			.doesNotContainKeys(BeneficiaryProcess.Variables.NATIONAL_ID, BeneficiaryProcess.Variables.APPLICANT_NAME,
					BeneficiaryProcess.Variables.MOBILE, BeneficiaryProcess.Variables.EMAIL,
					BeneficiaryProcess.Variables.REQUEST_DETAILS, BeneficiaryProcess.Variables.DECISION_REASON);
		assertThat(holding(person, supportRequest)).isEmpty();
		assertThat(this.records.gather(person.nationalId()).sections()).extracting(SubjectFile.Section::kind)
			.doesNotContain(SubjectFiles.SUPPORT_REQUEST);
		assertThat(request).isWaitingAt(Elements.NOTIFY_FULFILLED);
		execute(job(request, Elements.NOTIFY_FULFILLED));
		// The notice is sent before the requester's contact details are forgotten.
		assertThat(sent(request, NotificationKind.DATA_REQUEST_FULFILLED).recipientMobile())
			.isEqualTo("+966" + person.mobile().substring(1));
		assertThat(variables(request)).containsKeys(Variables.NATIONAL_ID, Variables.MOBILE);
		execute(job(request, Elements.FORGET_REQUESTER));

		assertThat(request).hasPassedInOrder(Elements.FULFIL, Elements.ERASE, Elements.NOTIFY_FULFILLED,
				Elements.FORGET_REQUESTER, Elements.END_REQUESTER_FORGOTTEN).isEnded();
		// What proves the request was handled: number, dates, type, decision, the keyed hash; switches and the
		// engine's own bookkeeping (which notice a step sent, Tasklist's row number) identify nobody either.
		Map<String, Object> kept = variables(request);
		assertThat(kept).containsOnlyKeys(Variables.REQUEST_NUMBER, Variables.CHANNEL, Variables.REQUEST_TYPE,
				Variables.REQUEST_TYPE_NAME, Variables.SUBJECT_HASH, Variables.DATA_REQUEST_DUE,
				Variables.IDENTITY_VERIFIED, Variables.VERIFICATION_METHOD, Variables.DATA_REQUEST_DECISION,
				Variables.EXTENSION_USED, Variables.ERASURE_CONFIRMED, Variables.NOTIFICATION_KIND,
				Variables.ROW_CASE_NUMBER);
		assertThat(kept).containsEntry(Variables.SUBJECT_HASH, this.keys.of(person.nationalId()))
			.containsEntry(Variables.REQUEST_TYPE, "DESTRUCTION")
			.containsEntry(Variables.DATA_REQUEST_DECISION, "FULFIL");
		assertThat(holding(person, request)).isEmpty();
		DataRequestStatuses.DataRequestStatus status = this.statuses.statusOf(number(request)).orElseThrow();
		assertThat(status.stage()).isEqualTo(DataRequestStatuses.Stage.FULFILLED);
		assertThat(status.exportAvailable()).isFalse();
	}

	@Test
	void aLegalHoldRefusesTheDestructionWithTheHoldAsTheReason() {
		Person person = Person.random();
		ProcessInstance supportRequest = supportRequest(person);
		this.fixtures.reject(supportRequest.getId(), "لا تنطبق الشروط");
		this.holds.place(person.nationalId(), null, "شكوى منظورة أمام الجهة المختصة", "dpo1");
		ProcessInstance request = staffStart("DESTRUCTION", person);
		verify(request);
		complete(task(request), withVariables(Variables.DATA_REQUEST_DECISION, "FULFIL"));
		complete(task(request), withVariables(Variables.ERASURE_CONFIRMED, true));
		execute(job(request, Elements.ERASE));
		execute(job(request, Elements.NOTIFY_REFUSED));

		assertThat(request).hasPassed(Elements.LEGAL_HOLD, Elements.NOTIFY_REFUSED, Elements.END_REFUSED).isEnded();
		assertThat(request).hasNotPassed(Elements.NOTIFY_FULFILLED, Elements.FORGET_REQUESTER);
		assertThat(sent(request, NotificationKind.DATA_REQUEST_REFUSED).body()).contains("يوجد حجز نظامي");
		assertThat(this.statuses.statusOf(number(request)).orElseThrow().refusalReason()).contains("حجز نظامي");
		// nothing was erased: neither the support request nor the data request
		assertThat(variables(supportRequest)).containsEntry(BeneficiaryProcess.Variables.APPLICANT_NAME, person.name());
		assertThat(variables(request)).containsEntry(Variables.NATIONAL_ID, person.nationalId());
	}

	@Test
	void anOpenSupportRequestRefusesTheDestructionWithThatAsTheReason() {
		Person person = Person.random();
		ProcessInstance open = supportRequest(person);
		ProcessInstance request = staffStart("DESTRUCTION", person);
		verify(request);
		complete(task(request), withVariables(Variables.DATA_REQUEST_DECISION, "FULFIL"));
		complete(task(request), withVariables(Variables.ERASURE_CONFIRMED, true));
		execute(job(request, Elements.ERASE));
		execute(job(request, Elements.NOTIFY_REFUSED));

		assertThat(request).hasPassed(Elements.LEGAL_HOLD, Elements.NOTIFY_REFUSED, Elements.END_REFUSED).isEnded();
		assertThat(request).hasNotPassed(Elements.NOTIFY_FULFILLED, Elements.FORGET_REQUESTER);
		assertThat(sent(request, NotificationKind.DATA_REQUEST_REFUSED).body()).contains(open.getBusinessKey())
			.contains("قيد المعالجة");
		assertThat(this.statuses.statusOf(number(request)).orElseThrow().refusalReason())
			.contains(open.getBusinessKey());
		assertThat(this.runtime.getVariable(open.getId(), BeneficiaryProcess.Variables.APPLICANT_NAME))
			.isEqualTo(person.name());
	}

	@Test
	void aStaffStartWithAnInvalidNationalIdOrChannelStartsNothing() {
		long before = this.runtime.createProcessInstanceQuery().processDefinitionKey(DataSubjectProcess.PROCESS_ID).count();
		Map<String, Object> bad = request("ACCESS", "1234567890");
		assertThatThrownBy(() -> this.runtime.startProcessInstanceByKey(DataSubjectProcess.PROCESS_ID, bad))
			.hasMessageContaining("national ID");
		Map<String, Object> website = request("ACCESS", "1000000008");
		website.put(Variables.CHANNEL, "EMAIL");
		assertThatThrownBy(() -> this.runtime.startProcessInstanceByKey(DataSubjectProcess.PROCESS_ID, website))
			.hasMessageContaining("how the request came in");
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionKey(DataSubjectProcess.PROCESS_ID).count())
			.isEqualTo(before);
	}

	private ProcessInstance staffStart(String type, Person person) {
		Map<String, Object> variables = request(type, person.nationalId());
		variables.put(Variables.MOBILE, person.mobile());
		ProcessInstance request = this.runtime.startProcessInstanceByKey(DataSubjectProcess.PROCESS_ID, variables);
		this.started.add(request.getId());
		assertThat(number(request)).matches("DR-2026-\\d{6}");
		execute(job(request, Elements.NOTIFY_RECEIVED));
		return request;
	}

	private static Map<String, Object> request(String type, String nationalId) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(Variables.CHANNEL, "IN_PERSON");
		variables.put(Variables.REQUEST_TYPE, type);
		variables.put(Variables.NATIONAL_ID, nationalId);
		variables.put(Variables.MOBILE, "0512345678");
		variables.put(Variables.DETAILS, "طلب حضوري");
		return variables;
	}

	/** A support request of the person's, waiting for verification (its model is not this class's to cover). */
	private ProcessInstance supportRequest(Person person) {
		ProcessInstance request = this.fixtures.request(person, "تفاصيل طلب الدعم");
		this.started.add(request.getId());
		return request;
	}

	/** The instance's variables as history keeps them, by name. */
	private Map<String, Object> variables(ProcessInstance instance) {
		Map<String, Object> variables = new HashMap<>();
		this.history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list()
			.forEach(variable -> variables.put(variable.getName(), variable.getValue()));
		return variables;
	}

	/** The engine's history tables of this instance that still hold the person's national ID, name or mobile. */
	private List<String> holding(Person person, ProcessInstance instance) {
		List<String> found = new ArrayList<>();
		for (String term : List.of(person.nationalId(), person.name(), person.mobile().substring(1))) {
			String like = "%" + term + "%";
			for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL")) {
				if (this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE PROC_INST_ID_ = ? AND TEXT_ LIKE ?",
						Long.class, instance.getId(), like) > 0) {
					found.add(table + ": " + term);
				}
			}
			if (this.jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_COMMENT WHERE PROC_INST_ID_ = ? AND MESSAGE_ LIKE ?",
					Long.class, instance.getId(), like) > 0) {
				found.add("ACT_HI_COMMENT: " + term);
			}
		}
		return found;
	}

	private static String arabicIndic(String digits) {
		StringBuilder arabic = new StringBuilder();
		digits.chars().forEach(digit -> arabic.append((char) ('٠' + (digit - '0'))));
		return arabic.toString();
	}

	private ProcessInstance instance(String number) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
			.singleResult();
		this.started.add(instance.getId());
		return instance;
	}

	private void verify(ProcessInstance request) {
		complete(task(request), withVariables(Variables.IDENTITY_VERIFIED, true, Variables.VERIFICATION_METHOD,
				"ID_DOCUMENT_IN_PERSON"));
	}

	private String number(ProcessInstance request) {
		return (String) this.history.createHistoricVariableInstanceQuery().processInstanceId(request.getId())
			.variableName(Variables.REQUEST_NUMBER).singleResult().getValue();
	}

	private Job job(ProcessInstance request, String activity) {
		return jobQuery().processInstanceId(request.getId()).activityId(activity).singleResult();
	}

	private Job timer(ProcessInstance request, String activity) {
		return jobQuery().processInstanceId(request.getId()).timers().activityId(activity).singleResult();
	}

	private List<NotificationKind> kinds(ProcessInstance request) {
		return this.notifications.about(number(request)).stream().map(NotificationRecord::kind).toList();
	}

	private NotificationRecord sent(ProcessInstance request, NotificationKind kind) {
		return this.notifications.about(number(request)).stream().filter(sent -> sent.kind() == kind).findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " sent"));
	}

}
