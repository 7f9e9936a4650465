package sa.nonprofit.hail.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.calendar.Deadlines;
import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.LoopbackClient;
import sa.nonprofit.hail.support.NotificationHistory;
import sa.nonprofit.hail.support.NotificationRecord;
import sa.nonprofit.hail.support.PortalClient.Part;
import sa.nonprofit.hail.support.PortalClient;
import sa.nonprofit.hail.whistleblowing.ReporterThread;

/** Every public endpoint: success, each validation error, codes, locks, files, and the confidentiality promise. */
@ApplicationTest
class PortalApiTest {

	static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

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
	JdbcTemplate jdbc;

	@Autowired
	ReporterThread thread;

	@Autowired
	Deadlines deadlines;

	@Autowired
	CaseDocuments documents;

	PortalClient portal;

	@BeforeEach
	void setUp() {
		this.portal = new PortalClient(this.port);
	}

	static String supportRequest(String nationalId, String mobile, boolean declared) {
		return """
				{"applicantName":"خالد الشمري","nationalId":"%s","mobile":"%s","email":"","supportType":"FITNESS_PROGRAM",
				 "requestDetails":"برنامج لياقة","declarationAccepted":%s}""".formatted(nationalId, mobile, declared);
	}

	@Test
	void aSupportRequestStartsTheProcessOnTheWebsiteChannelAsNoStaffMember() {
		HttpResponse<String> response = this.portal.postJson("/api/public/support-requests",
				supportRequest("1000005015", "0501112233", true));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String number = this.portal.read(response).get("requestNumber").asText();
		assertThat(number).matches("BR-\\d{4}-\\d{6}");

		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(number).singleResult();
		assertThat(instance.getStartUserId()).isNull();
		assertThat(this.runtime.getVariable(instance.getId(), "channel")).isEqualTo("WEBSITE");

		JsonNode status = this.portal.read(this.portal.postJson("/api/public/support-requests/" + number + "/status",
				"{\"nationalId\":\"١٠٠٠٠٠٥٠١٥\"}"));
		assertThat(status.get("stage").asText()).isEqualTo("UNDER_VERIFICATION");
		assertThat(status.get("stageAr").asText()).isEqualTo("قيد المطابقة والتحقق");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000005016|0501112233|true|nationalId", "1000005015|0401112233|true|mobile",
			"1000005015|0501112233|false|declarationAccepted" })
	void invalidSupportRequestsAreRefusedInBothLanguagesAndStartNothing(String caseLine) {
		String[] parts = caseLine.split("\\|");
		long before = this.history.createHistoricProcessInstanceQuery().count();
		HttpResponse<String> response = this.portal.postJson("/api/public/support-requests",
				supportRequest(parts[0], parts[1], Boolean.parseBoolean(parts[2])));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = this.portal.read(response);
		assertThat(problem.get("errors").findValuesAsText("field")).containsExactly(parts[3]);
		assertThat(problem.get("messageAr").asText()).isNotBlank();
		assertThat(problem.get("messageEn").asText()).isNotBlank();
		assertThat(this.history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
	}

	@Test
	void postingWithoutTheCsrfTokenIsRefused() {
		assertThat(this.portal.postWithoutCsrf("/api/public/support-requests",
				supportRequest("1000005015", "0501112233", true)).statusCode()).isEqualTo(403);
	}

	@Test
	void aWrongNationalIdRevealsNothing() {
		String number = this.portal.read(this.portal.postJson("/api/public/support-requests",
				supportRequest("1000005023", "0501112233", true))).get("requestNumber").asText();
		HttpResponse<String> wrong = this.portal.postJson("/api/public/support-requests/" + number + "/status",
				"{\"nationalId\":\"1000005015\"}");
		HttpResponse<String> missing = this.portal.postJson("/api/public/support-requests/BR-2026-999999/status",
				"{\"nationalId\":\"1000005015\"}");
		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(this.portal.read(wrong).get("detail")).isEqualTo(this.portal.read(missing).get("detail"));
	}

	@Test
	void anAnonymousReportGetsANumberAndACodeStoredOnlyAsAHash() {
		JsonNode receipt = this.portal.read(report("{\"category\":\"FINANCIAL\",\"description\":\"صرف دون مستندات\"}"));
		String number = receipt.get("reportNumber").asText();
		String code = receipt.get("accessCode").asText();
		assertThat(number).matches("WB-\\d{4}-[0-9A-HJKMNP-TV-Z]{8}");
		assertThat(code.replace("-", "")).hasSize(20).matches("[A-Z2-9]+");

		String stored = this.jdbc.queryForObject("SELECT code_hash FROM app_report_access WHERE report_number = ?",
				String.class, number);
		assertThat(stored).startsWith("$2a$").doesNotContain(code.replace("-", ""));
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(number).singleResult();
		assertThat(instance.getStartUserId()).isNull();
		assertThat(this.history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
			.extracting(HistoricVariableInstance::getName)
			.doesNotContain("ip", "remoteAddress", "userAgent", "initiator", "contactMobile", "contactEmail");

		JsonNode status = this.portal.read(this.portal.postJson("/api/public/reports/" + number + "/status",
				"{\"accessCode\":\"" + code.toLowerCase() + "\"}"));
		assertThat(status.get("stage").asText()).isEqualTo("RECEIVED");
		assertThat(status.get("stageAr").asText()).isEqualTo("استُلم البلاغ");
	}

	@Test
	void wrongCodesAndUnknownNumbersGetTheSameAnswerAndRepeatedFailuresLockOutTheClient() throws Exception {
		JsonNode receipt = this.portal.read(report("{\"category\":\"ETHICAL\",\"description\":\"إساءة\"}"));
		String number = receipt.get("reportNumber").asText();
		String path = "/api/public/reports/" + number + "/status";
		// A client address of its own: its failures must not count against 127.0.0.1, which every other test uses.
		LoopbackClient guesser = new LoopbackClient(this.port, "127.0.0.11");
		LoopbackClient.Response wrong = guesser.postJson(path, "{\"accessCode\":\"AAAAA-AAAAA-AAAAA-AAAAA\"}");
		LoopbackClient.Response unknown = guesser.postJson("/api/public/reports/WB-2026-999998/status",
				"{\"accessCode\":\"AAAAA-AAAAA-AAAAA-AAAAA\"}");
		assertThat(wrong.status()).isEqualTo(unknown.status()).isEqualTo(404);
		assertThat(detail(wrong)).isEqualTo(detail(unknown));

		for (int i = 0; i < 4; i++) {
			guesser.postJson(path, "{\"accessCode\":\"WRONG\"}");
		}
		String right = "{\"accessCode\":\"" + receipt.get("accessCode").asText() + "\"}";
		LoopbackClient.Response locked = guesser.postJson(path, right);
		assertThat(locked.status()).as("the guessing client is locked out, even with the right code").isEqualTo(404);
		assertThat(detail(locked)).isEqualTo(detail(wrong));
		assertThat(this.portal.postJson(path, right).statusCode()).as("the report itself is not locked").isEqualTo(200);
	}

	private static JsonNode detail(LoopbackClient.Response response) throws Exception {
		return new ObjectMapper().readTree(response.body()).get("detail");
	}

	@Test
	void aReportWithAPdfAttachmentIsKeptWhole() {
		HttpResponse<String> response = this.portal.postMultipart("/api/public/reports",
				List.of(new String[] { "category", "FINANCIAL" }, new String[] { "description", "فاتورة مكررة" },
						new String[] { "contactMobile", "0551234567" }),
				List.of(new Part("فاتورة.pdf", "application/pdf", PDF)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String number = this.portal.read(response).get("reportNumber").asText();
		assertThat(this.jdbc.queryForObject("SELECT media_type FROM app_case_document WHERE case_number = ?",
				String.class, number)).isEqualTo("application/pdf");
	}

	@Test
	void aFileThatIsNotWhatItClaimsIsRefusedAndNothingIsKept() {
		long reports = reportCount();
		long files = this.jdbc.queryForObject("SELECT COUNT(*) FROM app_case_document", Long.class);
		HttpResponse<String> response = this.portal.postMultipart("/api/public/reports",
				List.of(new String[] { "category", "FINANCIAL" }, new String[] { "description", "ملف مزور" }),
				List.of(new Part("evidence.pdf", "application/pdf", "MZ this is an executable".getBytes())));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.portal.read(response).get("messageAr").asText()).contains("نوع الملف غير مقبول");
		assertThat(reportCount()).isEqualTo(reports);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_case_document", Long.class)).isEqualTo(files);
	}

	@Test
	void moreThanFiveFilesAreRefused() {
		List<Part> six = java.util.stream.IntStream.range(0, 6).mapToObj(i -> new Part(i + ".pdf", "application/pdf", PDF)).toList();
		long reports = reportCount();
		HttpResponse<String> response = this.portal.postMultipart("/api/public/reports",
				List.of(new String[] { "category", "FINANCIAL" }, new String[] { "description", "ستة ملفات" }), six);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(reportCount()).isEqualTo(reports);
	}

	@Test
	void aFileOverTenMegabytesIsRefused() {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		long reports = reportCount();
		HttpResponse<String> response = this.portal.postMultipart("/api/public/reports",
				List.of(new String[] { "category", "FINANCIAL" }, new String[] { "description", "ملف كبير" }),
				List.of(new Part("big.pdf", "application/pdf", big)));
		assertThat(response.statusCode()).isIn(400, 413);
		assertThat(this.portal.read(response).get("messageEn").asText()).containsIgnoringCase("10 MB");
		assertThat(reportCount()).isEqualTo(reports);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"description\":\"بلا نوع\"}", "{\"category\":\"FINANCIAL\",\"description\":\" \"}",
			"{\"category\":\"FINANCIAL\",\"description\":\"x\",\"accusedRole\":\"KING\"}",
			"{\"category\":\"FINANCIAL\",\"description\":\"x\",\"contactEmail\":\"no-at-sign\"}" })
	void invalidReportsAreRefusedAndStartNothing(String body) {
		long reports = reportCount();
		HttpResponse<String> response = report(body);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.portal.read(response).get("messageAr").asText()).isNotBlank();
		assertThat(reportCount()).isEqualTo(reports);
	}

	@Test
	void newEvidenceReopensAReportClosedAsUnjustified() {
		JsonNode receipt = this.portal.read(report("{\"category\":\"OTHER\",\"description\":\"شكوى\"}"));
		String number = receipt.get("reportNumber").asText();
		String code = receipt.get("accessCode").asText();
		String instance = instance(number);
		completeTask(instance, "Task_NotifyLeadership", "leadershipBriefing", "تم");
		completeTask(instance, "Task_PreliminaryReview", "reviewOutcome", "UNJUSTIFIED");
		JsonNode closed = this.portal.read(this.portal.postJson("/api/public/reports/" + number + "/status",
				"{\"accessCode\":\"" + code + "\"}"));
		assertThat(closed.get("stage").asText()).isEqualTo("CLOSED");

		HttpResponse<String> sent = this.portal.postJson("/api/public/reports/" + number + "/messages",
				"{\"accessCode\":\"" + code + "\",\"text\":\"لدي صور جديدة للفواتير\"}");
		assertThat(sent.statusCode()).isEqualTo(201);
		assertThat(this.portal.read(sent).get("reopened").asBoolean()).isTrue();
		JsonNode reopened = this.portal.read(this.portal.postJson("/api/public/reports/" + number + "/status",
				"{\"accessCode\":\"" + code + "\"}"));
		assertThat(reopened.get("stage").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(reopened.get("yourMessages").get(0).asText()).isEqualTo("لدي صور جديدة للفواتير");
	}

	@Test
	void theReporterFollowsDatedStepsAndIsToldUntilWhenNewEvidenceReopensAClosedReport() {
		JsonNode receipt = this.portal.read(report("{\"category\":\"OTHER\",\"description\":\"شكوى\"}"));
		String number = receipt.get("reportNumber").asText();
		String code = "{\"accessCode\":\"" + receipt.get("accessCode").asText() + "\"}";
		String path = "/api/public/reports/" + number + "/status";
		JsonNode received = this.portal.read(this.portal.postJson(path, code));
		assertThat(received.get("steps").findValuesAsText("key")).containsExactly("RECEIVED", "REVIEW",
				"INVESTIGATION", "CLOSED");
		assertThat(received.get("steps").findValuesAsText("state")).containsExactly("DONE", "UPCOMING", "UPCOMING",
				"UPCOMING");
		assertThat(received.get("steps").get(0).get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(received.get("steps").get(0).get("atDisplay").asText()).contains("هـ");
		assertThat(received.get("next").get("nameAr").asText()).isNotBlank();

		String instance = instance(number);
		completeTask(instance, "Task_NotifyLeadership", "leadershipBriefing", "تم");
		JsonNode reviewing = this.portal.read(this.portal.postJson(path, code));
		assertThat(reviewing.get("steps").findValuesAsText("state")).containsExactly("DONE", "CURRENT", "UPCOMING",
				"UPCOMING");

		completeTask(instance, "Task_PreliminaryReview", "reviewOutcome", "UNJUSTIFIED", "reviewNotes",
				"ملاحظات داخلية لا يراها المبلّغ");
		HttpResponse<String> closedAnswer = this.portal.postJson(path, code);
		JsonNode closed = this.portal.read(closedAnswer);
		assertThat(closed.get("steps").findValuesAsText("state")).containsExactly("DONE", "DONE", "SKIPPED", "DONE");
		Date windowEnd = (Date) this.runtime.getVariable(instance, "evidenceWindowEnd");
		assertThat(closed.get("next").get("due").asText())
			.isEqualTo(windowEnd.toInstant().atZone(java.time.ZoneId.of("Asia/Riyadh")).toLocalDate().toString());
		assertThat(closedAnswer.body()).doesNotContain("ملاحظات داخلية").doesNotContain("auditor1");
	}

	@Test
	void everyProblemOfASupportRequestComesAtOnceTheDeclarationWithTheOthersInPlainWords() {
		HttpResponse<String> response = this.portal.postJson("/api/public/support-requests",
				supportRequest("1000005016", "0401112233", false));
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode errors = this.portal.read(response).get("errors");
		assertThat(errors.findValuesAsText("field")).containsExactly("nationalId", "mobile", "declarationAccepted");
		assertThat(errors.get(0).get("arabic").asText())
			.isEqualTo("رقم الهوية الوطنية أو الإقامة غير صحيح، تأكد من الأرقام العشرة (تبدأ بـ ١ للمواطن أو ٢ للمقيم)")
			.doesNotContain("رقم تحقق");
		assertThat(errors.get(2).get("english").asText()).contains("declaration");
	}

	@Test
	void theApplicantFollowsDatedStepsWithTheCommitteesPromisedDateInHijriAndGregorian() {
		String number = "BR-2026-888801";
		Date due = this.deadlines.committeeDecisionDue();
		this.runtime.createProcessInstanceByKey("BeneficiaryRequestProcess")
			.businessKey(number)
			.startBeforeActivity("Task_CommitteeDecision")
			.setVariables(java.util.Map.of("requestNumber", number, "nationalId", "1000005015", "applicantName",
					"خالد الشمري", "mobile", "0501112233", "channel", "WEBSITE", "supportType", "FITNESS_PROGRAM",
					"requestDetails", "برنامج لياقة", "committeeDecisionDue", due))
			.execute();
		JsonNode status = this.portal.read(this.portal.postJson("/api/public/support-requests/" + number + "/status",
				"{\"nationalId\":\"1000005015\"}"));
		assertThat(status.get("stage").asText()).isEqualTo("WITH_COMMITTEE");
		assertThat(status.get("decisionDue").asText()).as("the older field stays").isNotBlank();
		JsonNode steps = status.get("steps");
		assertThat(steps.findValuesAsText("key")).containsExactly("RECEIVED", "CHECKING", "COMMITTEE", "SERVICE");
		assertThat(steps.findValuesAsText("state")).containsExactly("DONE", "DONE", "CURRENT", "UPCOMING");
		String dueDay = due.toInstant().atZone(java.time.ZoneId.of("Asia/Riyadh")).toLocalDate().toString();
		assertThat(steps.get(2).get("due").asText()).isEqualTo(dueDay);
		assertThat(steps.get(2).get("dueDisplay").asText()).contains("هـ").contains("(");
		assertThat(status.get("next").get("due").asText()).isEqualTo(dueDay);
		assertThat(status.get("next").get("nameAr").asText()).isEqualTo("قرار لجنة البحث في طلبك");
	}

	@Test
	void disciplinaryMeasuresAndDeliberationsNeverReachTheReporter() {
		String marker = "MARKER-" + UUID.randomUUID();
		JsonNode receipt = this.portal.read(report("{\"category\":\"FINANCIAL\",\"description\":\"اختلاس\",\"accusedRole\":\"EMPLOYEE\"}"));
		String number = receipt.get("reportNumber").asText();
		String instance = instance(number);
		completeTask(instance, "Task_NotifyLeadership", "leadershipBriefing", "تم");
		completeTask(instance, "Task_PreliminaryReview", "reviewOutcome", "INVESTIGATE");
		completeTask(instance, "Task_CommitteeInvestigation", "committeeFindings", "مداولات " + marker,
				"committeeRecommendation", "توصية " + marker);
		completeTask(instance, "Task_ChairApproval", "chairDecision", "APPROVED", "chairComments", marker);
		completeTask(instance, "Task_DisciplinaryAction", "disciplinaryMeasures", "فصل " + marker);
		completeTask(instance, "Task_ReporterFeedback", "reporterFeedback", "ثبتت المخالفة وعولجت");

		HttpResponse<String> status = this.portal.postJson("/api/public/reports/" + number + "/status",
				"{\"accessCode\":\"" + receipt.get("accessCode").asText() + "\"}");
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(status.body()).doesNotContain(marker).contains("ثبتت المخالفة وعولجت");
	}

	static List<String[]> supportFields(String nationalId) {
		return List.of(new String[] { "applicantName", "خالد الشمري" }, new String[] { "nationalId", nationalId },
				new String[] { "mobile", "0501112233" }, new String[] { "email", "" },
				new String[] { "supportType", "FITNESS_PROGRAM" }, new String[] { "requestDetails", "برنامج لياقة" },
				new String[] { "declarationAccepted", "true" });
	}

	@Test
	void aSupportRequestKeepsItsDocumentsUnderItsNumberAsTheApplicantsOwn() {
		HttpResponse<String> response = this.portal.postMultipart("/api/public/support-requests",
				supportFields("1000005015"), List.of(new Part("هوية.pdf", "application/pdf", PDF),
						new Part("تقرير طبي.png", "image/png", PNG)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String number = this.portal.read(response).get("requestNumber").asText();
		assertThat(number).matches("BR-\\d{4}-\\d{6}");
		assertThat(this.documents.list(number))
			.extracting(entry -> entry.fileName() + "|" + entry.mediaType() + "|" + entry.uploadedBy())
			.containsExactly("هوية.pdf|application/pdf|null", "تقرير طبي.png|image/png|null");
		assertThat(this.runtime.getVariable(instance(number), "attachmentCount")).isEqualTo(2);
		assertThat(this.runtime.getVariable(instance(number), "channel")).isEqualTo("WEBSITE");
	}

	@Test
	void aSupportRequestWithoutDocumentsMayStillBeMultipartAndTheCheckboxMaySayOn() {
		List<String[]> fields = new java.util.ArrayList<>(supportFields("1000005015").subList(0, 6));
		fields.add(new String[] { "declarationAccepted", "on" });
		HttpResponse<String> response = this.portal.postMultipart("/api/public/support-requests", fields, List.of());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String number = this.portal.read(response).get("requestNumber").asText();
		assertThat(this.runtime.getVariable(instance(number), "attachmentCount")).isEqualTo(0);
		assertThat(this.runtime.getVariable(instance(number), "portalDeclarationAccepted")).isEqualTo(true);
	}

	@Test
	void aSupportRequestWithAFileThatIsNotADocumentIsRefusedInArabicAndStartsNothing() {
		long requests = this.history.createHistoricProcessInstanceQuery().processDefinitionKey("BeneficiaryRequestProcess")
			.count();
		long files = this.jdbc.queryForObject("SELECT COUNT(*) FROM app_case_document", Long.class);
		HttpResponse<String> response = this.portal.postMultipart("/api/public/support-requests",
				supportFields("1000005015"), List.of(new Part("هوية.pdf", "application/pdf", PDF),
						new Part("id.pdf", "application/pdf", "<script>alert(1)</script>".getBytes())));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(this.portal.read(response).get("messageAr").asText()).contains("نوع الملف غير مقبول");
		assertThat(this.portal.read(response).get("messageEn").asText()).contains("PDF, JPEG or PNG");
		assertThat(this.history.createHistoricProcessInstanceQuery().processDefinitionKey("BeneficiaryRequestProcess")
			.count()).isEqualTo(requests);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_case_document", Long.class)).isEqualTo(files);
	}

	@Test
	void anInvalidSupportRequestWithAGoodFileKeepsNoFile() {
		long files = this.jdbc.queryForObject("SELECT COUNT(*) FROM app_case_document", Long.class);
		HttpResponse<String> response = this.portal.postMultipart("/api/public/support-requests",
				supportFields("1000005016"), List.of(new Part("هوية.pdf", "application/pdf", PDF)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.portal.read(response).get("errors").findValuesAsText("field")).containsExactly("nationalId");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_case_document", Long.class)).isEqualTo(files);
	}

	@Test
	void theStatusCarriesTheWholeThreadWithDatesButNoStaffName() {
		JsonNode receipt = this.portal.read(report("{\"category\":\"FINANCIAL\",\"description\":\"فواتير\"}"));
		String number = receipt.get("reportNumber").asText();
		String code = receipt.get("accessCode").asText();
		assertThat(this.portal.postJson("/api/public/reports/" + number + "/messages",
				"{\"accessCode\":\"" + code + "\",\"text\":\"متى تنظرون في بلاغي؟\"}").statusCode()).isEqualTo(201);
		this.thread.fromStaff(number, "auditor1", "نراجع بلاغك هذا الأسبوع؛ هل لديك نسخة من الفاتورة؟");

		HttpResponse<String> response = this.portal.postJson("/api/public/reports/" + number + "/status",
				"{\"accessCode\":\"" + code + "\"}");
		JsonNode status = this.portal.read(response);
		JsonNode thread = status.get("thread");
		assertThat(thread).hasSize(2);
		assertThat(thread.get(0).get("from").asText()).isEqualTo("REPORTER");
		assertThat(thread.get(0).get("text").asText()).isEqualTo("متى تنظرون في بلاغي؟");
		assertThat(thread.get(1).get("from").asText()).isEqualTo("ASSOCIATION");
		assertThat(thread.get(1).get("text").asText()).startsWith("نراجع بلاغك");
		assertThat(java.time.Instant.parse(thread.get(1).get("at").asText()))
			.isAfterOrEqualTo(java.time.Instant.parse(thread.get(0).get("at").asText()));
		assertThat(thread.get(1).fieldNames()).toIterable().containsExactlyInAnyOrder("from", "text", "at");
		assertThat(status.get("yourMessages")).hasSize(1);
		assertThat(status.get("yourMessages").get(0).asText()).isEqualTo("متى تنظرون في بلاغي؟");
		assertThat(response.body()).doesNotContain("auditor1").doesNotContain("internal-auditors");
	}

	@Test
	void theReporterAnswersWithFilesKeptAsTheirOwnCaseDocuments() {
		JsonNode receipt = this.portal.read(this.portal.postMultipart("/api/public/reports",
				List.of(new String[] { "category", "FINANCIAL" }, new String[] { "description", "فاتورة مكررة" }),
				List.of(new Part("فاتورة.pdf", "application/pdf", PDF))));
		String number = receipt.get("reportNumber").asText();
		HttpResponse<String> sent = this.portal.postMultipart("/api/public/reports/" + number + "/messages",
				List.of(new String[] { "accessCode", receipt.get("accessCode").asText() },
						new String[] { "text", "هذه صورة الشيك" }),
				List.of(new Part("شيك.png", "image/png", PNG), new Part("كشف.pdf", "application/pdf", PDF)));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		assertThat(this.portal.read(sent).get("attachments").asInt()).isEqualTo(2);
		assertThat(this.portal.read(sent).get("reopened").asBoolean()).isFalse();

		assertThat(this.documents.list(number).stream().filter(entry -> entry.uploadedBy() == null))
			.extracting(CaseDocuments.Entry::fileName)
			.containsExactly("فاتورة.pdf", "شيك.png", "كشف.pdf");
		String instance = instance(number);
		assertThat(this.runtime.getVariable(instance, "attachmentCount")).isEqualTo(3);
		assertThat((String) this.runtime.getVariable(instance, "newEvidence")).startsWith("هذه صورة الشيك")
			.contains("2");
	}

	@Test
	void anAnswerWithABadFileIsRefusedInArabicAndKeepsNothing() {
		JsonNode receipt = this.portal.read(report("{\"category\":\"FINANCIAL\",\"description\":\"فواتير\"}"));
		String number = receipt.get("reportNumber").asText();
		HttpResponse<String> sent = this.portal.postMultipart("/api/public/reports/" + number + "/messages",
				List.of(new String[] { "accessCode", receipt.get("accessCode").asText() },
						new String[] { "text", "ملف" }),
				List.of(new Part("x.pdf", "application/pdf", "MZ executable".getBytes())));
		assertThat(sent.statusCode()).isEqualTo(400);
		assertThat(this.portal.read(sent).get("messageAr").asText()).contains("نوع الملف غير مقبول");
		assertThat(this.thread.of(number)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_case_document WHERE case_number = ?",
				Long.class, number)).isZero();
	}

	@Test
	void anAnswerWithAWrongCodeIsUnknownAndKeepsNothing() {
		JsonNode receipt = this.portal.read(report("{\"category\":\"FINANCIAL\",\"description\":\"فواتير\"}"));
		String number = receipt.get("reportNumber").asText();
		HttpResponse<String> sent = this.portal.postMultipart("/api/public/reports/" + number + "/messages",
				List.of(new String[] { "accessCode", "AAAAA-AAAAA-AAAAA-AAAAA" }, new String[] { "text", "دخيل" }),
				List.of(new Part("x.pdf", "application/pdf", PDF)));
		assertThat(sent.statusCode()).isEqualTo(404);
		assertThat(this.thread.of(number)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_case_document WHERE case_number = ?",
				Long.class, number)).isEqualTo(0L);
	}

	@Test
	void aReportersMessageDuringTheInvestigationReachesTheViolationsCommitteeWithoutItsText() {
		JsonNode receipt = this.portal.read(report("{\"category\":\"FINANCIAL\",\"description\":\"اختلاس\",\"accusedRole\":\"EMPLOYEE\"}"));
		String number = receipt.get("reportNumber").asText();
		String instance = instance(number);
		completeTask(instance, "Task_NotifyLeadership", "leadershipBriefing", "تم");
		completeTask(instance, "Task_PreliminaryReview", "reviewOutcome", "INVESTIGATE", "reviewNotes", "يحال");

		String secret = "SECRET-" + UUID.randomUUID();
		this.portal.postJson("/api/public/reports/" + number + "/messages",
				"{\"accessCode\":\"" + receipt.get("accessCode").asText() + "\",\"text\":\"" + secret + "\"}");

		List<NotificationRecord> told = new NotificationHistory(this.jdbc).about(number).stream()
			.filter(record -> record.kind() == NotificationKind.REPORTER_MESSAGE_RECEIVED)
			.toList();
		assertThat(told).extracting(NotificationRecord::recipientRole).containsExactlyInAnyOrderElementsOf(holders(instance));
		assertThat(told).extracting(NotificationRecord::recipientRole).contains("violations-committee")
			.doesNotContain("internal-auditors");
		assertThat(told).allSatisfy(record -> assertThat(record.subject() + record.body()).contains(number)
			.doesNotContain(secret));
		assertThat(this.runtime.getVariable(instance, "newEvidence")).isEqualTo(secret);
	}

	@Test
	void aReportersMessageNeverReachesTheAccusedCommittee() {
		JsonNode receipt = this.portal.read(report("{\"category\":\"ETHICAL\",\"description\":\"إساءة\",\"accusedRole\":\"COMMITTEE_MEMBER\"}"));
		String number = receipt.get("reportNumber").asText();
		String instance = instance(number);
		completeTask(instance, "Task_NotifyLeadership", "leadershipBriefing", "تم");
		completeTask(instance, "Task_PreliminaryReview", "reviewOutcome", "INVESTIGATE", "reviewNotes", "يحال");
		this.portal.postJson("/api/public/reports/" + number + "/messages",
				"{\"accessCode\":\"" + receipt.get("accessCode").asText() + "\",\"text\":\"معلومة\"}");

		assertThat(new NotificationHistory(this.jdbc).about(number))
			.filteredOn(record -> record.kind() == NotificationKind.REPORTER_MESSAGE_RECEIVED)
			.extracting(NotificationRecord::recipientRole)
			.contains("board-vice-chair")
			.doesNotContain("violations-committee");
	}

	@Test
	void aReportersMessageDuringTheFirstReviewReachesTheAuditors() {
		JsonNode receipt = this.portal.read(report("{\"category\":\"OTHER\",\"description\":\"شكوى\"}"));
		String number = receipt.get("reportNumber").asText();
		this.portal.postJson("/api/public/reports/" + number + "/messages",
				"{\"accessCode\":\"" + receipt.get("accessCode").asText() + "\",\"text\":\"معلومة\"}");
		assertThat(new NotificationHistory(this.jdbc).about(number))
			.filteredOn(record -> record.kind() == NotificationKind.REPORTER_MESSAGE_RECEIVED)
			.extracting(NotificationRecord::recipientRole)
			.containsExactly("internal-auditors");
	}

	private java.util.Set<String> holders(String instance) {
		java.util.Set<String> groups = new java.util.TreeSet<>();
		this.tasks.createTaskQuery().processInstanceId(instance).active().list()
			.forEach(task -> this.tasks.getIdentityLinksForTask(task.getId()).stream()
				.filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
				.forEach(link -> groups.add(link.getGroupId())));
		return groups;
	}

	@Test
	void theOpenApiDescriptionListsThePublicEndpoints() {
		String docs = this.portal.http().get("/v3/api-docs").body();
		assertThat(docs).contains("/api/public/support-requests", "/api/public/reports",
				"/api/public/support-requests/{requestNumber}/status", "/api/public/reports/{reportNumber}/status",
				"/api/public/reports/{reportNumber}/messages", "/api/public/surveys/{token}")
			.doesNotContain("/engine-rest").doesNotContain("/api/admin");
	}

	@Test
	void aSurveyAnswerNeedsAValidScoreAndAKnownToken() {
		assertThat(this.portal.postJson("/api/public/surveys/unknown-token", "{\"score\":4}").statusCode()).isEqualTo(404);
		HttpResponse<String> bad = this.portal.postJson("/api/public/surveys/unknown-token", "{\"score\":9}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(this.portal.read(bad).get("messageAr").asText()).contains("١ إلى ٥");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/support.html", "/report.html", "/track.html", "/survey.html" })
	void thePagesAreArabicRightToLeft(String page) {
		HttpResponse<String> response = this.portal.http().get(page);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("data-en=");
	}

	private HttpResponse<String> report(String json) {
		return this.portal.postJson("/api/public/reports", json);
	}

	private long reportCount() {
		return this.history.createHistoricProcessInstanceQuery().processDefinitionKey("WhistleblowerReportProcess").count();
	}

	private String instance(String businessKey) {
		return this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
	}

	private void completeTask(String instance, String taskKey, Object... nameValues) {
		java.util.Map<String, Object> variables = new java.util.HashMap<>();
		for (int i = 0; i < nameValues.length; i += 2) {
			variables.put((String) nameValues[i], nameValues[i + 1]);
		}
		var task = this.tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
		this.tasks.complete(task.getId(), variables);
	}

}
