package sa.nonprofit.hail.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.documents.Document;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.StaffSession;
import sa.nonprofit.hail.whistleblowing.AccusedRole;
import sa.nonprofit.hail.whistleblowing.ReporterThread;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/** The case file API: right groups read and write, everyone else gets 404, bad files get an Arabic 4xx. */
@ApplicationTest
class CaseFileApiTest {

	private static final String EVIL = "https://evil.example";

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseDocuments documents;

	@Autowired
	ReporterThread thread;

	Http http;

	CaseFixtures fixtures;

	String marker;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.fixtures = new CaseFixtures(this.engine);
		this.marker = "CASE-" + UUID.randomUUID();
	}

	@Test
	void theAuditorReadsTheWholeReportWithItsEvidenceAndThread() throws Exception {
		ProcessInstance report = this.fixtures.report(AccusedRole.EMPLOYEE, this.marker);
		String number = report.getBusinessKey();
		String pdf = this.documents.add(number, new Document("دليل.pdf", "application/pdf", CaseFixtures.PDF), null);
		this.fixtures.complete(report.getId(), Elements.ACKNOWLEDGE, "auditor1",
				java.util.Map.of(Variables.ACKNOWLEDGEMENT_METHOD, "PHONE"));
		this.thread.fromReporter(number, "معلومة إضافية " + this.marker);

		HttpResponse<String> response = this.http.get("/api/cases/" + number, "auditor1", "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode file = this.json.readTree(response.body());
		assertThat(file.get("number").asText()).isEqualTo(number);
		assertThat(file.get("processKey").asText()).isEqualTo("WhistleblowerReportProcess");
		assertThat(file.get("stage").asText()).isEqualTo(Elements.NOTIFY_LEADERSHIP);
		assertThat(file.get("stageAr").asText()).isNotBlank().doesNotContain("Task_");
		assertThat(file.get("holders").get(0).get("groupsAr").toString()).contains("المراجع الداخلي");
		assertThat(file.get("summary").toString()).doesNotContain("rowCase", "categoryName")
			.contains("بلاغ " + this.marker).contains("وصف البلاغ")
			.contains("مخالفة مالية").contains("لجنة المخالفات");
		JsonNode deadlines = file.get("deadlines");
		assertThat(deadlines.findValuesAsText("variable")).contains(Variables.ACKNOWLEDGEMENT_DUE,
				Variables.LEADERSHIP_DUE);
		JsonNode acknowledgement = find(deadlines, "variable", Variables.ACKNOWLEDGEMENT_DUE);
		assertThat(acknowledgement.get("state").asText()).isEqualTo("MET");
		assertThat(acknowledgement.get("dueHijri").asText()).endsWith("هـ");
		assertThat(acknowledgement.get("dueGregorian").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(find(deadlines, "variable", Variables.LEADERSHIP_DUE).get("state").asText()).isEqualTo("OPEN");
		JsonNode acknowledged = find(file.get("timeline"), "activity", Elements.ACKNOWLEDGE);
		assertThat(acknowledged.get("personName").asText()).isEqualTo("فهد التميمي");
		assertThat(acknowledged.get("endedAt").isNull()).isFalse();
		assertThat(acknowledged.get("wrote").toString()).contains(Variables.ACKNOWLEDGEMENT_METHOD).contains("هاتف");
		assertThat(file.get("documents").get(0).get("ref").asText()).isEqualTo(pdf);
		assertThat(file.get("documents").get(0).get("fileName").asText()).isEqualTo("دليل.pdf");
		assertThat(file.get("messages").get(0).get("fromReporter").asBoolean()).isTrue();
		assertThat(file.get("messages").get(0).get("text").asText()).contains(this.marker);
		assertThat(file.has("notifications")).isTrue();
		assertThat(file.get("mayReply").asBoolean()).isTrue();
	}

	@Test
	void aDocumentDownloadsAsAnAttachmentOfItsStoredType() {
		String number = this.fixtures.report(AccusedRole.EMPLOYEE, this.marker).getBusinessKey();
		String id = this.documents.add(number, new Document("تقرير طبي.pdf", "application/pdf", CaseFixtures.PDF), null);
		HttpResponse<byte[]> download = this.http.send(this.http.request("/api/cases/" + number + "/documents/" + id)
			.header("Authorization", Http.basic("auditor1", "demo"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(CaseFixtures.PDF);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("filename*=UTF-8''");
		// a document of another case, through this case's number: the same 404 as no document
		String other = this.fixtures.report(AccusedRole.EMPLOYEE, this.marker).getBusinessKey();
		assertThat(this.http.get("/api/cases/" + other + "/documents/" + id, "auditor1", "demo").statusCode())
			.isEqualTo(404);
	}

	@Test
	void theDirectorGets404EverywhereForAReportAgainstTheDirector() throws Exception {
		String number = this.fixtures.report(AccusedRole.EXECUTIVE_DIRECTOR, this.marker).getBusinessKey();
		String id = this.documents.add(number, new Document("e.pdf", "application/pdf", CaseFixtures.PDF), null);
		HttpResponse<String> missing = this.http.get("/api/cases/WB-2026-999999", "director1", "demo");
		assertThat(missing.statusCode()).isEqualTo(404);
		for (String path : List.of("/api/cases/" + number, "/api/cases/" + number + "/documents/" + id,
				"/api/cases/" + number + "/access-log")) {
			HttpResponse<String> hidden = this.http.get(path, "director1", "demo");
			assertThat(hidden.statusCode()).as(path).isEqualTo(404);
			assertThat(hidden.body()).as(path).doesNotContain(this.marker);
			assertThat(this.json.readTree(hidden.body()).get("messageEn"))
				.isEqualTo(this.json.readTree(missing.body()).get("messageEn"));
		}
		assertThat(uploadAsProgram(number, "director1", "x.pdf", CaseFixtures.PDF).statusCode()).isEqualTo(404);
		assertThat(this.http.postJson("/api/cases/" + number + "/messages", "{\"text\":\"x\"}", "director1", "demo")
			.statusCode()).isEqualTo(404);
		StaffSession director = StaffSession.signIn(this.port, "director1", "tasklist");
		assertThat(director.get("/cases/" + number).statusCode()).isEqualTo(404);
		assertThat(director.get("/cases/" + number + "/ratification").statusCode()).isEqualTo(404);
		assertThat(director.get("/api/cases/" + number).statusCode()).isEqualTo(404);
		assertThat(this.documents.count(number)).isEqualTo(1);
		assertThat(this.thread.of(number)).isEmpty();
		// the auditors still read it
		assertThat(this.http.get("/api/cases/" + number, "auditor1", "demo").statusCode()).isEqualTo(200);
	}

	@Test
	void wrongGroupsGet404AndReadersWhoDoNotWorkTheCaseMayNotWrite() {
		String report = this.fixtures.report(AccusedRole.EMPLOYEE, this.marker).getBusinessKey();
		assertThat(this.http.get("/api/cases/" + report, "relations1", "demo").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/api/cases/" + report, "ops1", "demo").body()).doesNotContain(this.marker);
		assertThat(this.http.get("/api/cases/" + report, "violations1", "demo").statusCode()).isEqualTo(200);
		HttpResponse<String> notAuditor = this.http.postJson("/api/cases/" + report + "/messages",
				"{\"text\":\"رد\"}", "violations1", "demo");
		assertThat(notAuditor.statusCode()).isEqualTo(403);
		assertThat(notAuditor.body()).contains("messageAr");
		assertThat(uploadAsProgram(report, "violations1", "x.pdf", CaseFixtures.PDF).statusCode()).isEqualTo(403);

		String request = this.fixtures.request("نورة " + this.marker).getBusinessKey();
		assertThat(this.http.get("/api/cases/" + request, "auditor1", "demo").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/api/cases/" + request, "chair1", "demo").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/api/cases/" + request, "auditor1", "demo").body()).doesNotContain(this.marker);
		assertThat(this.http.postJson("/api/cases/" + request + "/messages", "{\"text\":\"x\"}", "relations1", "demo")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void beneficiaryRelationsReadTheRequestAndAddADocument() throws Exception {
		String request = this.fixtures.request("نورة " + this.marker).getBusinessKey();
		JsonNode file = this.json.readTree(this.http.get("/api/cases/" + request, "relations1", "demo").body());
		assertThat(file.get("summary").toString()).contains("نورة " + this.marker).contains("اسم مقدّم الطلب");
		assertThat(file.get("stage").asText()).isEqualTo("Task_VerifyApplication");
		assertThat(file.get("messages")).isEmpty();
		assertThat(file.get("summary").toString()).doesNotContain("surveyToken");
		HttpResponse<String> upload = uploadAsProgram(request, "relations1", "هوية.png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 });
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		assertThat(this.json.readTree(upload.body()).get("uploadedBy").asText()).isEqualTo("relations1");
		assertThat(this.documents.list(request)).singleElement()
			.satisfies(entry -> assertThat(entry.uploadedBy()).isEqualTo("relations1"));
	}

	@Test
	void badFilesAreRefusedInArabic() {
		String number = this.fixtures.report(AccusedRole.EMPLOYEE, this.marker).getBusinessKey();
		HttpResponse<String> script = uploadAsProgram(number, "auditor1", "evil.pdf",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		assertThat(script.statusCode()).isEqualTo(400);
		assertThat(script.body()).contains("نوع الملف غير مقبول");
		HttpResponse<String> empty = uploadAsProgram(number, "auditor1", "empty.pdf", new byte[0]);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("messageAr");
		HttpResponse<String> tooLarge = uploadAsProgram(number, "auditor1", "big.pdf", bigPdf(11 * 1024 * 1024));
		assertThat(tooLarge.statusCode()).isBetween(400, 413);
		assertThat(tooLarge.body()).contains("messageAr");
		assertThat(this.documents.count(number)).isZero();
		HttpResponse<String> ok = uploadAsProgram(number, "auditor1", "../../محضر.pdf", CaseFixtures.PDF);
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
		assertThat(this.documents.list(number).get(0).fileName()).doesNotContain("/");
	}

	@Test
	void theAuditorsReplyToTheReporter() {
		String number = this.fixtures.report(AccusedRole.EMPLOYEE, this.marker).getBusinessKey();
		HttpResponse<String> reply = this.http.postJson("/api/cases/" + number + "/messages",
				"{\"text\":\"شكرًا، نحتاج تفاصيل أكثر\"}", "auditor1", "demo");
		assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
		assertThat(this.thread.of(number)).singleElement().satisfies(message -> {
			assertThat(message.staffUser()).isEqualTo("auditor1");
			assertThat(message.text()).isEqualTo("شكرًا، نحتاج تفاصيل أكثر");
		});
		HttpResponse<String> blank = this.http.postJson("/api/cases/" + number + "/messages", "{\"text\":\"  \"}",
				"auditor1", "demo");
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("اكتب رسالتك");
		// a report routed away from the auditors (they are accused): the chair reviews and replies
		String againstAuditor = this.fixtures.report(AccusedRole.INTERNAL_AUDITOR, this.marker).getBusinessKey();
		assertThat(this.http.postJson("/api/cases/" + againstAuditor + "/messages", "{\"text\":\"x\"}", "auditor1",
				"demo").statusCode()).isEqualTo(404);
		assertThat(this.http.postJson("/api/cases/" + againstAuditor + "/messages", "{\"text\":\"رد الرئيس\"}",
				"chair1", "demo").statusCode()).isEqualTo(201);
	}

	@Test
	void theAccessLogNamesEveryReaderForTheChairUnlessTheChairIsAccused() throws Exception {
		String number = this.fixtures.report(AccusedRole.EMPLOYEE, this.marker).getBusinessKey();
		String id = this.documents.add(number, new Document("e.pdf", "application/pdf", CaseFixtures.PDF), null);
		this.http.get("/api/cases/" + number, "auditor1", "demo");
		this.http.get("/api/cases/" + number + "/documents/" + id, "auditor1", "demo");
		StaffSession auditor = StaffSession.signIn(this.port, "auditor1", "tasklist");
		assertThat(auditor.get("/cases/" + number).statusCode()).isEqualTo(200);

		HttpResponse<String> log = this.http.get("/api/cases/" + number + "/access-log", "chair1", "demo");
		assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
		JsonNode entries = this.json.readTree(log.body());
		assertThat(entries.findValuesAsText("userId")).contains("auditor1");
		assertThat(entries.findValuesAsText("action")).contains("VIEW", "DOWNLOAD", "PAGE");
		assertThat(log.body()).doesNotContainIgnoringCase("127.0.0.1").doesNotContain("\"ip");
		assertThat(find(entries, "action", "DOWNLOAD").get("documentRef").asText()).isEqualTo(id);
		assertThat(this.http.get("/api/cases/" + number + "/access-log", "admin", "demo").statusCode())
			.isEqualTo(200);
		for (String reader : List.of("auditor1", "violations1", "director1")) {
			assertThat(this.http.get("/api/cases/" + number + "/access-log", reader, "demo").statusCode()).as(reader)
				.isEqualTo(404);
		}
		String againstChair = this.fixtures.report(AccusedRole.BOARD_CHAIR, this.marker).getBusinessKey();
		assertThat(this.http.get("/api/cases/" + againstChair + "/access-log", "chair1", "demo").statusCode())
			.isEqualTo(404);
		assertThat(this.http.get("/api/cases/" + againstChair, "chair1", "demo").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/api/cases/" + againstChair + "/access-log", "admin", "demo").statusCode())
			.isEqualTo(200);
	}

	/**
	 * Nothing in the case file is numbered by a counter shared with other cases: gaps in it would tell a reader that
	 * cases they may not see (a report against them) exist and how busy they are.
	 */
	@Test
	void noCounterSharedWithOtherCasesShowsInTheCaseFile() throws Exception {
		String number = this.fixtures.report(AccusedRole.EMPLOYEE, this.marker).getBusinessKey();
		String ref = this.documents.add(number, new Document("a.pdf", "application/pdf", CaseFixtures.PDF), null);
		this.thread.fromReporter(number, "رسالة " + this.marker);
		JsonNode file = this.json.readTree(this.http.get("/api/cases/" + number, "auditor1", "demo").body());
		JsonNode document = file.get("documents").get(0);
		assertThat(document.has("id")).isFalse();
		assertThat(document.get("ref").asText()).isEqualTo(ref).matches("[0-9a-f-]{36}");
		assertThat(document.get("href").asText()).endsWith("/documents/" + ref);
		assertThat(file.get("messages").get(0).has("id")).isFalse();
	}

	/**
	 * A foreign page can navigate a signed-in member of staff to a case (the session cookie is SameSite=Lax): it gets
	 * a refusal, and nothing is recorded in their name.
	 */
	@Test
	void anotherSiteCannotOpenACaseOrADocumentInStaffsName() throws Exception {
		String number = this.fixtures.report(AccusedRole.EMPLOYEE, this.marker).getBusinessKey();
		String ref = this.documents.add(number, new Document("a.pdf", "application/pdf", CaseFixtures.PDF), null);
		StaffSession auditor = StaffSession.signIn(this.port, "auditor1", "tasklist");
		for (String path : List.of("/cases/" + number, "/cases/" + number + "/ratification", "/api/cases/" + number,
				"/api/cases/" + number + "/documents/" + ref, "/%63ases/" + number, "/api/c%61ses/" + number,
				"/api/%63ases/" + number + "/documents/" + ref)) {
			for (String site : List.of("cross-site", "same-site")) {
				HttpResponse<String> refused = auditor.send(auditor.request(path)
					.header("Sec-Fetch-Site", site)
					.header("Sec-Fetch-Mode", "navigate")
					.GET()
					.build());
				assertThat(refused.statusCode()).as(path + " " + site).isEqualTo(403);
				assertThat(refused.body()).contains("Tasklist");
			}
		}
		assertThat(this.json.readTree(this.http.get("/api/cases/" + number + "/access-log", "chair1", "demo").body())
			.findValuesAsText("userId")).doesNotContain("auditor1");
		HttpResponse<String> foreignOrigin = auditor.send(auditor.request("/api/cases/" + number)
			.header("Origin", "https://evil.example")
			.GET()
			.build());
		assertThat(foreignOrigin.statusCode()).as("a browser without Fetch Metadata").isEqualTo(403);
		HttpResponse<String> own = auditor.send(auditor.request("/cases/" + number)
			.header("Sec-Fetch-Site", "same-origin")
			.GET()
			.build());
		assertThat(own.statusCode()).isEqualTo(200);
		HttpResponse<String> typed = auditor.send(auditor.request("/cases/" + number).header("Sec-Fetch-Site", "none")
			.GET()
			.build());
		assertThat(typed.statusCode()).isEqualTo(200);
	}

	/** The superuser's look at a case, on the page as on the API, is a break-glass call the chair can read. */
	@Test
	void theSuperusersLookAtACaseIsInTheBreakGlassTrail() throws Exception {
		String number = this.fixtures.report(AccusedRole.EMPLOYEE, this.marker).getBusinessKey();
		StaffSession admin = StaffSession.signIn(this.port, "admin", "cockpit");
		assertThat(admin.get("/cases/" + number).statusCode()).isEqualTo(200);
		assertThat(this.http.get("/api/cases/" + number, "admin", "demo").statusCode()).isEqualTo(200);

		assertThat(admin.get("/%63ases/" + number + "/ratification").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/cases/" + number, "admin", "demo").statusCode()).isEqualTo(200);

		HttpResponse<String> trail = this.http.get("/api/audit/break-glass?from=2000-01-01&to=2100-01-01", "chair1",
				"demo");
		assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
		// each path exactly: "/api/cases/N" alone would also contain "/cases/N"
		assertThat(this.json.readTree(trail.body()).findValuesAsText("path")).contains("/cases/" + number,
				"/cases/" + number + "/ratification", "/api/cases/" + number);
	}

	@Test
	void thePagesAreForReadersAndSendStrangersToSignIn() {
		ProcessInstance report = this.fixtures.reportAtChairApproval(this.marker);
		String number = report.getBusinessKey();
		HttpResponse<String> stranger = this.http.get("/cases/" + number);
		assertThat(stranger.statusCode()).isEqualTo(302);
		assertThat(stranger.headers().firstValue("Location").orElseThrow()).contains("/camunda/app/welcome/default/");
		StaffSession chair = StaffSession.signIn(this.port, "chair1", "tasklist");
		HttpResponse<String> page = chair.get("/cases/" + number);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(number).contains("dir=\"rtl\"").contains("نتائج " + this.marker)
			.doesNotContain("<script>");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
		HttpResponse<String> sheet = chair.get("/cases/" + number + "/ratification");
		assertThat(sheet.statusCode()).isEqualTo(200);
		assertThat(sheet.body()).contains("نتائج " + this.marker).contains("توصية " + this.marker).contains("التوقيع");
		this.fixtures.complete(report.getId(), Elements.CHAIR_APPROVAL, "chair1",
				java.util.Map.of(Variables.CHAIR_DECISION, "APPROVED", Variables.CHAIR_COMMENTS, "أصادق"));
		assertThat(chair.get("/cases/" + number + "/ratification").body()).contains("اعتماد توصية اللجنة")
			.contains("سعود الشمري");
		String request = this.fixtures.request("نورة").getBusinessKey();
		assertThat(StaffSession.signIn(this.port, "relations1", "tasklist").get("/cases/" + request + "/ratification")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aStaffUploadFromTheSessionNeedsTheTokenAndTheOwnSite() {
		String number = this.fixtures.report(AccusedRole.EMPLOYEE, this.marker).getBusinessKey();
		StaffSession auditor = StaffSession.signIn(this.port, "auditor1", "tasklist");
		String own = "http://localhost:" + this.port;
		String token = auditor.applicationToken();
		// a foreign page posting a form: another Origin, no token
		assertThat(auditor.send(upload(auditor, number).header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site")
			.build()).statusCode()).isEqualTo(403);
		// another Origin even with a token (stolen or guessed)
		assertThat(auditor.send(upload(auditor, number).header("Origin", EVIL).header("X-XSRF-TOKEN", token).build())
			.statusCode()).isEqualTo(403);
		// our own site but no token
		assertThat(auditor.send(upload(auditor, number).header("Origin", own).header("Sec-Fetch-Site", "same-origin")
			.build()).statusCode()).isEqualTo(403);
		// a wrong token
		assertThat(auditor.send(upload(auditor, number).header("Origin", own).header("X-XSRF-TOKEN", "x" + token)
			.build()).statusCode()).isEqualTo(403);
		// a token but nothing that shows the request came from our own pages (no Origin, no Sec-Fetch-Site)
		assertThat(auditor.send(upload(auditor, number).header("X-XSRF-TOKEN", token).build()).statusCode())
			.isEqualTo(415);
		// a multipart write elsewhere in the staff API stays refused, token or not
		assertThat(auditor.send(auditor.request("/api/cases/" + number + "/messages")
			.header("Origin", own)
			.header("X-XSRF-TOKEN", token)
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(HttpRequest.BodyPublishers.ofByteArray(CaseFixtures.multipart("b", "x.pdf", "application/pdf",
					CaseFixtures.PDF)))
			.build()).statusCode()).isEqualTo(415);
		assertThat(this.documents.count(number)).isZero();
		HttpResponse<String> page = auditor.send(upload(auditor, number).header("Origin", own)
			.header("Sec-Fetch-Site", "same-origin")
			.header("X-XSRF-TOKEN", token)
			.build());
		assertThat(page.statusCode()).as(page.body()).isEqualTo(201);
		assertThat(this.documents.list(number)).singleElement()
			.satisfies(entry -> assertThat(entry.uploadedBy()).isEqualTo("auditor1"));
	}

	private static HttpRequest.Builder upload(StaffSession session, String number) {
		return session.request("/api/cases/" + number + "/documents")
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(HttpRequest.BodyPublishers.ofByteArray(
					CaseFixtures.multipart("b", "محضر.pdf", "application/pdf", CaseFixtures.PDF)));
	}

	private HttpResponse<String> uploadAsProgram(String number, String user, String fileName, byte[] content) {
		return this.http.send(this.http.request("/api/cases/" + number + "/documents")
			.header("Authorization", Http.basic(user, "demo"))
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(HttpRequest.BodyPublishers.ofByteArray(CaseFixtures.multipart("b", fileName, "application/pdf", content)))
			.build());
	}

	private static byte[] bigPdf(int size) {
		byte[] content = new byte[size];
		System.arraycopy(CaseFixtures.PDF, 0, content, 0, CaseFixtures.PDF.length);
		return content;
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (value.equals(node.path(field).asText())) {
				return node;
			}
		}
		throw new AssertionError("No " + field + "=" + value + " in " + array);
	}

}
