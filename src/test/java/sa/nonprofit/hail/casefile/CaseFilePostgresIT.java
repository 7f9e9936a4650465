package sa.nonprofit.hail.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.documents.Document;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.PostgresApplicationTest;
import sa.nonprofit.hail.whistleblowing.AccusedRole;
import sa.nonprofit.hail.whistleblowing.ReporterThread;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/** The case file API on PostgreSQL 17: the engine's authorizations, bytea documents and the access log. */
@PostgresApplicationTest
class CaseFilePostgresIT extends PostgresApplicationTest.Base {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseDocuments documents;

	@Autowired
	ReporterThread thread;

	@Test
	void everyEndpointAnswersItsReadersAndHidesTheReportFromTheAccused() throws Exception {
		Http http = new Http(this.port);
		CaseFixtures fixtures = new CaseFixtures(this.engine);
		String marker = "PG-" + UUID.randomUUID();
		ProcessInstance report = fixtures.report(AccusedRole.EXECUTIVE_DIRECTOR, marker);
		String number = report.getBusinessKey();
		String pdf = this.documents.add(number, new Document("دليل.pdf", "application/pdf", CaseFixtures.PDF), null);
		fixtures.complete(report.getId(), Elements.ACKNOWLEDGE, "auditor1",
				Map.of(Variables.ACKNOWLEDGEMENT_METHOD, "PHONE"));
		this.thread.fromReporter(number, "رسالة " + marker);

		HttpResponse<String> read = http.get("/api/cases/" + number, "auditor1", "demo");
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		JsonNode file = this.json.readTree(read.body());
		assertThat(file.get("summary").toString()).contains(marker);
		assertThat(file.get("timeline").toString()).contains("فهد التميمي").contains(Variables.ACKNOWLEDGEMENT_METHOD);
		assertThat(file.get("messages").toString()).contains("رسالة " + marker);
		HttpResponse<byte[]> download = http.send(http.request("/api/cases/" + number + "/documents/" + pdf)
			.header("Authorization", Http.basic("auditor1", "demo"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(CaseFixtures.PDF);
		HttpResponse<String> upload = http.send(http.request("/api/cases/" + number + "/documents")
			.header("Authorization", Http.basic("auditor1", "demo"))
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(HttpRequest.BodyPublishers
				.ofByteArray(CaseFixtures.multipart("b", "محضر.pdf", "application/pdf", CaseFixtures.PDF)))
			.build());
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		assertThat(http.postJson("/api/cases/" + number + "/messages", "{\"text\":\"رد المراجع\"}", "auditor1", "demo")
			.statusCode()).isEqualTo(201);

		for (String path : new String[] { "/api/cases/" + number, "/api/cases/" + number + "/documents/" + pdf,
				"/api/cases/" + number + "/access-log" }) {
			assertThat(http.get(path, "director1", "demo").statusCode()).as(path).isEqualTo(404);
		}
		HttpResponse<String> log = http.get("/api/cases/" + number + "/access-log", "chair1", "demo");
		assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
		assertThat(this.json.readTree(log.body()).findValuesAsText("action")).contains("VIEW", "DOWNLOAD", "UPLOAD",
				"REPLY");
		assertThat(this.json.readTree(log.body()).findValuesAsText("userId")).containsOnly("auditor1");
	}

}
