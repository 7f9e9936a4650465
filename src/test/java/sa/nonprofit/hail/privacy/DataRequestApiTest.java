package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Elements;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.PortalClient;

/**
 * The personal-data API as the portal page uses it (filing, bad input, wrong codes, the export only after fulfilment,
 * never a report in it) and the correction the officer makes through the process, recorded under their name.
 */
@ApplicationTest
class DataRequestApiTest {

	private static final String BASE = "/api/public/data-requests";

	private static final String DPO = "data-protection-officer";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	PortalClient portal;

	@BeforeEach
	void setUp() {
		this.portal = new PortalClient(this.port);
	}

	@AfterEach
	void signOut() {
		this.identity.clearAuthentication();
	}

	static String request(String nationalId, String mobile, String type, boolean declared) {
		return """
				{"nationalId":"%s","mobile":"%s","email":"","requestType":"%s","details":"أريد نسخة من بياناتي",
				 "declarationAccepted":%s}""".formatted(nationalId, mobile, type, declared);
	}

	@Test
	void aRequestGetsANumberAndACodeStoredOnlyAsAHashAndStartsOnTheWebsiteChannel() {
		HttpResponse<String> response = this.portal.postJson(BASE, request("1000000008", "0512345678", "COPY", true));

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode receipt = this.portal.read(response);
		String number = receipt.get("requestNumber").asText();
		String code = receipt.get("accessCode").asText();
		assertThat(number).matches("DR-\\d{4}-\\d{6}");
		assertThat(code).matches("[A-Z2-9]{5}(-[A-Z2-9]{5}){3}");
		String stored = this.jdbc.queryForObject("SELECT code_hash FROM app_data_request_access WHERE request_number = ?",
				String.class, number);
		assertThat(stored).startsWith("$2").doesNotContain(code);
		ProcessInstance instance = instance(number);
		assertThat(this.runtime.getVariable(instance.getId(), Variables.CHANNEL)).isEqualTo("WEBSITE");

		JsonNode status = this.portal.read(this.portal.postJson(BASE + "/" + number + "/status",
				"{\"accessCode\":\"" + code.toLowerCase() + "\"}"));
		assertThat(status.get("stage").asText()).isEqualTo("VERIFYING_IDENTITY");
		assertThat(status.get("stageAr").asText()).isEqualTo("قيد التحقق من هويتك");
		assertThat(status.get("dueDisplay").asText()).contains("هـ");
		assertThat(status.get("exportAvailable").asBoolean()).isFalse();
		assertThat(status.toString()).doesNotContain("1000000008").doesNotContain("512345678");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567890|0512345678|COPY|true|nationalId", "1000000008|123|COPY|true|mobile",
			"1000000008|0512345678|SELL|true|requestType", "1000000008|0512345678|COPY|false|declarationAccepted" })
	void badInputIsRefusedInArabicAndEnglishAndNothingIsWritten(String caseLine) {
		String[] parts = caseLine.split("\\|");
		long codes = this.jdbc.queryForObject("SELECT COUNT(*) FROM app_data_request_access", Long.class);
		long started = this.runtime.createProcessInstanceQuery().processDefinitionKey(DataSubjectProcess.PROCESS_ID)
			.count();

		HttpResponse<String> response = this.portal.postJson(BASE,
				request(parts[0], parts[1], parts[2], Boolean.parseBoolean(parts[3])));

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = this.portal.read(response);
		assertThat(problem.get("errors").findValuesAsText("field")).contains(parts[4]);
		assertThat(problem.get("errors").get(0).get("arabic").asText()).isNotBlank();
		assertThat(problem.get("errors").get(0).get("english").asText()).isNotBlank();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_data_request_access", Long.class)).isEqualTo(codes);
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionKey(DataSubjectProcess.PROCESS_ID).count())
			.isEqualTo(started);
	}

	@Test
	void aWrongCodeAndAnUnknownNumberGetTheSameAnswer() {
		JsonNode receipt = this.portal.read(this.portal.postJson(BASE, request("1000000008", "0512345678", "ACCESS", true)));
		String number = receipt.get("requestNumber").asText();

		HttpResponse<String> wrong = this.portal.postJson(BASE + "/" + number + "/status",
				"{\"accessCode\":\"AAAAA-AAAAA-AAAAA-AAAAA\"}");
		HttpResponse<String> unknown = this.portal.postJson(BASE + "/DR-2026-999999/status",
				"{\"accessCode\":\"" + receipt.get("accessCode").asText() + "\"}");
		HttpResponse<String> export = this.portal.postJson(BASE + "/" + number + "/export",
				"{\"accessCode\":\"AAAAA-AAAAA-AAAAA-AAAAA\"}");

		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(export.statusCode()).isEqualTo(404);
		assertThat(this.portal.read(wrong).get("messageAr")).isEqualTo(this.portal.read(unknown).get("messageAr"));
		assertThat(wrong.body()).doesNotContain("1000000008");
	}

	@Test
	void theExportIsGivenOnlyAfterVerificationAndFulfilmentAsJsonOrAPrintableArabicPageAndNeverHoldsAReport() {
		String report = this.portal.read(this.portal.postJson("/api/public/reports", """
				{"category":"FINANCIAL","description":"مخالفة مالية","contactMobile":"0512345670"}""")).get("reportNumber")
			.asText();
		JsonNode receipt = this.portal.read(this.portal.postJson(BASE, request("1000000008", "0512345670", "COPY", true)));
		String number = receipt.get("requestNumber").asText();
		String code = "{\"accessCode\":\"" + receipt.get("accessCode").asText() + "\"}";
		ProcessInstance instance = instance(number);

		assertThat(this.portal.postJson(BASE + "/" + number + "/export", code).statusCode()).isEqualTo(409);
		runJob(instance, Elements.NOTIFY_RECEIVED);
		complete(instance, Map.of(Variables.IDENTITY_VERIFIED, true, Variables.VERIFICATION_METHOD,
				"CALLBACK_TO_REGISTERED_MOBILE"));
		complete(instance, Map.of(Variables.DATA_REQUEST_DECISION, "FULFIL"));
		HttpResponse<String> beforeFulfilment = this.portal.postJson(BASE + "/" + number + "/export", code);
		assertThat(beforeFulfilment.statusCode()).isEqualTo(409);
		assertThat(this.portal.read(beforeFulfilment).get("messageAr").asText()).contains("بعد التحقق من هويتك");
		complete(instance, Map.of(Variables.EXPORT_READY, true));

		HttpResponse<String> json = this.portal.postJson(BASE + "/" + number + "/export", code);
		assertThat(json.statusCode()).isEqualTo(200);
		JsonNode file = this.portal.read(json);
		assertThat(file.get("sections")).isNotEmpty();
		// the file is what the association holds under the ID; a data request shows only what was done with it
		assertThat(file.toString()).contains(number).contains("نسخة من البيانات")
			.doesNotContain(report).doesNotContain("مخالفة مالية");
		HttpResponse<String> page = this.portal.postJson(BASE + "/" + number + "/export", code, "text/html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("بياناتك الشخصية لدى الجمعية").contains(number)
			.contains("dir=\"rtl\"").doesNotContain(report).doesNotContain("<script");
	}

	@Test
	void theOfficerCorrectsARunningSupportRequestAndItsHistoryKeepsWhoChangedWhat() {
		ProcessInstance support = this.runtime.startProcessInstanceByKey(BeneficiaryProcess.PROCESS_ID,
				supportRequest("1000000016"));
		String caseNumber = (String) this.runtime.getVariable(support.getId(), BeneficiaryProcess.Variables.REQUEST_NUMBER);
		ProcessInstance request = correctionRequest("1000000016");

		complete(request, Map.of(Variables.CORRECTION_CASE_NUMBER, caseNumber.toLowerCase(), Variables.CORRECTION_FIELD,
				"mobile", Variables.CORRECTION_VALUE, "0559876543"));

		assertThat(this.runtime.getVariable(support.getId(), BeneficiaryProcess.Variables.MOBILE))
			.isEqualTo("+966559876543");
		assertThat(this.runtime.getVariable(request.getId(), Variables.CORRECTION_OUTCOME)).isEqualTo("APPLIED");
		List<UserOperationLogEntry> log = this.history.createUserOperationLogQuery().processInstanceId(support.getId())
			.operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE).list();
		assertThat(log).extracting(UserOperationLogEntry::getUserId).containsExactly("dpo1");
		assertThat(this.history.createHistoricDetailQuery().processInstanceId(support.getId()).variableUpdates().list())
			.anySatisfy(detail -> assertThat(detail.toString()).contains("+966559876543"));
		this.runtime.deleteProcessInstance(support.getId(), "test finished");
	}

	@Test
	void aCorrectionOfSomeoneElsesRequestIsRefusedAndAFinishedRequestGetsTheCorrectionRecordedBesideIt() {
		ProcessInstance other = this.runtime.startProcessInstanceByKey(BeneficiaryProcess.PROCESS_ID,
				supportRequest("1000000024"));
		String othersNumber = (String) this.runtime.getVariable(other.getId(), BeneficiaryProcess.Variables.REQUEST_NUMBER);
		ProcessInstance finished = this.runtime.startProcessInstanceByKey(BeneficiaryProcess.PROCESS_ID,
				supportRequest("1000000032"));
		String finishedNumber = (String) this.runtime.getVariable(finished.getId(),
				BeneficiaryProcess.Variables.REQUEST_NUMBER);
		this.runtime.deleteProcessInstance(finished.getId(), "closed");
		ProcessInstance request = correctionRequest("1000000032");

		Task task = this.tasks.createTaskQuery().processInstanceId(request.getId()).singleResult();
		this.identity.setAuthentication("dpo1", List.of(DPO));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.tasks.complete(task.getId(), Map.of(
				Variables.CORRECTION_CASE_NUMBER, othersNumber, Variables.CORRECTION_FIELD, "mobile",
				Variables.CORRECTION_VALUE, "0559876543")))
			.hasMessageContaining("no support request with this number for this requester");
		this.identity.clearAuthentication();
		assertThat(this.runtime.getVariable(other.getId(), BeneficiaryProcess.Variables.MOBILE)).isEqualTo("+966512345678");

		complete(request, Map.of(Variables.CORRECTION_CASE_NUMBER, finishedNumber, Variables.CORRECTION_FIELD,
				"applicantName", Variables.CORRECTION_VALUE, "نورة عبدالله محمد الشمري"));
		assertThat(this.runtime.getVariable(request.getId(), Variables.CORRECTION_OUTCOME)).isEqualTo("RECORDED");
		this.runtime.deleteProcessInstance(other.getId(), "test finished");
	}

	private ProcessInstance correctionRequest(String nationalId) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(Variables.CHANNEL, "PHONE");
		variables.put(Variables.REQUEST_TYPE, "CORRECTION");
		variables.put(Variables.NATIONAL_ID, nationalId);
		variables.put(Variables.MOBILE, "0512345678");
		variables.put(Variables.DETAILS, "رقم جوالي تغيّر");
		ProcessInstance request = this.runtime.startProcessInstanceByKey(DataSubjectProcess.PROCESS_ID, variables);
		runJob(request, Elements.NOTIFY_RECEIVED);
		complete(request, Map.of(Variables.IDENTITY_VERIFIED, true, Variables.VERIFICATION_METHOD, "ID_DOCUMENT_IN_PERSON"));
		complete(request, Map.of(Variables.DATA_REQUEST_DECISION, "FULFIL"));
		return request;
	}

	private static Map<String, Object> supportRequest(String nationalId) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(BeneficiaryProcess.Variables.APPLICANT_NAME, "نورة عبدالله الشمري");
		variables.put(BeneficiaryProcess.Variables.NATIONAL_ID, nationalId);
		variables.put(BeneficiaryProcess.Variables.MOBILE, "0512345678");
		variables.put(BeneficiaryProcess.Variables.CHANNEL, "INTERVIEW");
		variables.put(BeneficiaryProcess.Variables.SUPPORT_TYPE, "NUTRITION_CONSULTATION");
		variables.put(BeneficiaryProcess.Variables.REQUEST_DETAILS, "استشارة تغذوية");
		return variables;
	}

	/** Completes the instance's open task as the officer, signed in as Tasklist would sign them in. */
	private void complete(ProcessInstance instance, Map<String, Object> variables) {
		Task task = this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		this.identity.setAuthentication("dpo1", List.of(DPO));
		try {
			this.tasks.complete(task.getId(), variables);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private void runJob(ProcessInstance instance, String activity) {
		Job job = this.management.createJobQuery().processInstanceId(instance.getId()).activityId(activity).singleResult();
		this.management.executeJob(job.getId());
	}

	private ProcessInstance instance(String number) {
		return this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
	}

}
