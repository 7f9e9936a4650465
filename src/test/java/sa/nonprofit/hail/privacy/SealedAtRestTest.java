package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.PortalClient;
import sa.nonprofit.hail.support.PortalClient.Part;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.system.DataKeys;
import sa.nonprofit.hail.system.SealedRows;
import sa.nonprofit.hail.system.Sealer;
import sa.nonprofit.hail.system.UnreadableSealException;
import sa.nonprofit.hail.whistleblowing.ReporterContacts;

/**
 * The reporter's contact and every document are stored sealed: the database holds neither the e-mail nor the file's
 * name or bytes, the application reads them per request, rows of an upgraded database are sealed at start-up, and a
 * new key re-seals every row so the old one can go.
 */
@ApplicationTest
class SealedAtRestTest {

	@LocalServerPort
	int port;

	@Autowired
	SealRowsWrittenBeforeSealing upgrade;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Sealer sealer;

	@Autowired
	ReporterContacts contacts;

	@Autowired
	CaseDocuments documents;

	@Autowired
	DataKeyRotation rotation;

	@Value("${app.data-keys}")
	String configuredKeys;

	private final ObjectMapper json = new ObjectMapper();

	PortalClient portal;

	Http http;

	String marker;

	@BeforeEach
	void setUp() {
		this.portal = new PortalClient(this.port);
		this.http = new Http(this.port);
		this.marker = "MARKER-" + UUID.randomUUID();
	}

	@Test
	void aReportsContactAndAttachmentAreStoredSealedAndTheAuditorReadsThem() throws Exception {
		String email = "whistle-" + UUID.randomUUID() + "@example.sa";
		byte[] pdf = pdf(this.marker);
		String number = report(email, "عقد " + this.marker + ".pdf", pdf);

		Map<String, Object> contact = this.jdbc.queryForMap(
				"SELECT mobile, email, key_id FROM app_reporter_contact WHERE report_number = ?", number);
		assertThat(contact.get("KEY_ID")).isEqualTo(this.sealer.currentKeyId());
		assertThat((String) contact.get("EMAIL")).doesNotContain("whistle").doesNotContain("@");
		assertThat((String) contact.get("MOBILE")).doesNotContain("551234567");
		Map<String, Object> document = this.jdbc.queryForMap(
				"SELECT file_name, content, key_id FROM app_case_document WHERE case_number = ?", number);
		assertThat(document.get("KEY_ID")).isEqualTo(this.sealer.currentKeyId());
		assertThat((String) document.get("FILE_NAME")).doesNotContain(this.marker).doesNotContain("عقد");
		assertThat(new String((byte[]) document.get("CONTENT"), StandardCharsets.ISO_8859_1))
			.doesNotContain(this.marker).doesNotContain("%PDF");

		HttpResponse<String> read = this.http.get("/api/reports/" + number + "/reporter-contact", "auditor1", "demo");
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		assertThat(read.body()).contains(email).contains("+966551234567");
		JsonNode entry = caseDocument(number);
		assertThat(entry.get("fileName").asText()).isEqualTo("عقد " + this.marker + ".pdf");
		assertThat(download(number, entry.get("ref").asText())).isEqualTo(pdf);
	}

	@Test
	void aSealedValueCopiedToAnotherRowDoesNotOpen() {
		String first = report("first-" + UUID.randomUUID() + "@example.sa", "a.pdf", pdf("a"));
		String second = report("second-" + UUID.randomUUID() + "@example.sa", "b.pdf", pdf("b"));
		this.jdbc.update("UPDATE app_reporter_contact SET email = (SELECT email FROM app_reporter_contact"
				+ " WHERE report_number = ?) WHERE report_number = ?", first, second);
		assertThatThrownBy(() -> this.contacts.find(second)).isInstanceOf(UnreadableSealException.class)
			.hasMessageContaining("moved from another row");
		this.jdbc.update("UPDATE app_case_document SET content = (SELECT content FROM app_case_document"
				+ " WHERE case_number = ?) WHERE case_number = ?", first, second);
		String ref = this.documents.list(second).get(0).ref();
		assertThatThrownBy(() -> this.documents.read(second, ref)).isInstanceOf(UnreadableSealException.class);
	}

	@Test
	void rowsWrittenBeforeSealingAreSealedByTheUpgradeAndStillRead() throws Exception {
		String number = "WB-1999-" + this.marker.substring(7, 13);
		String ref = UUID.randomUUID().toString();
		plantPlainRows(number, ref);

		assertThat(this.upgrade.seal(this.jdbc, ReporterContacts.SEALED)).isPositive();
		assertThat(this.upgrade.seal(this.jdbc, CaseDocuments.SEALED)).isPositive();

		assertThat(this.jdbc.queryForObject("SELECT email FROM app_reporter_contact WHERE report_number = ?",
				String.class, number)).doesNotContain(this.marker);
		assertThat(new String(this.jdbc.queryForObject("SELECT content FROM app_case_document WHERE ref = ?",
				byte[].class, ref), StandardCharsets.ISO_8859_1)).doesNotContain(this.marker);
		assertThat(this.contacts.find(number).orElseThrow().email()).isEqualTo("old-" + this.marker + "@example.sa");
		assertThat(this.documents.list(number).get(0).fileName()).isEqualTo("قديم " + this.marker + ".pdf");
		assertThat(this.documents.read(number, ref).orElseThrow().content()).isEqualTo(pdf(this.marker));
		for (Map<String, Long> table : this.rotation.rowsPerKey().values()) {
			assertThat(table).doesNotContainKey(SealedRows.UNSEALED);
		}
	}

	/*
	 * The attack: someone who can write to the database but holds no key replaces a reporter's contact and a piece of
	 * evidence with plain values and no key id, to redirect messages or swap the evidence. After the upgrade every
	 * value the application wrote is sealed, so such rows are refused, never served, and never sealed by a rotation.
	 */
	@Test
	void aPlainRowPlantedAfterTheUpgradeIsRefusedAndNeverSealedByARotation() {
		String number = "WB-1998-" + this.marker.substring(7, 13);
		String ref = UUID.randomUUID().toString();
		plantPlainRows(number, ref);
		try {
			refusedAndKeptUnsealed(number, ref);
		}
		finally {
			this.jdbc.update("DELETE FROM app_reporter_contact WHERE report_number = ?", number);
			this.jdbc.update("DELETE FROM app_case_document WHERE ref = ?", ref);
		}
	}

	private void refusedAndKeptUnsealed(String number, String ref) {
		assertThatThrownBy(() -> this.contacts.find(number)).isInstanceOf(UnreadableSealException.class)
			.hasMessageContaining("has no key id");
		assertThatThrownBy(() -> this.documents.list(number)).isInstanceOf(UnreadableSealException.class);
		assertThatThrownBy(() -> this.documents.read(number, ref)).isInstanceOf(UnreadableSealException.class);
		assertThat(this.rotation.rowsPerKey().get("app_reporter_contact")).containsKey(SealedRows.UNSEALED);
		this.rotation.rotate().orElseThrow();
		assertThat(this.jdbc.queryForObject("SELECT key_id FROM app_reporter_contact WHERE report_number = ?",
				String.class, number)).isNull();
		assertThat(this.jdbc.queryForObject("SELECT key_id FROM app_case_document WHERE ref = ?", String.class, ref))
			.isNull();
	}

	private void plantPlainRows(String number, String ref) {
		this.jdbc.update("INSERT INTO app_reporter_contact (report_number, mobile, email) VALUES (?, ?, ?)", number,
				"+966551234567", "old-" + this.marker + "@example.sa");
		this.jdbc.update("""
				INSERT INTO app_case_document (ref, case_number, file_name, media_type, size_bytes, content, uploaded_at)
				VALUES (?, ?, ?, 'application/pdf', 3, ?, ?)""", ref, number, "قديم " + this.marker + ".pdf",
				pdf(this.marker), Timestamp.from(Instant.now()));
	}

	@Test
	void aNewKeyFirstReSealsEveryRowAndTheOldKeyCanGo() {
		String email = "rotated-" + UUID.randomUUID() + "@example.sa";
		String number = report(email, "r.pdf", pdf(this.marker));
		String ref = this.documents.list(number).get(0).ref();
		String current = this.sealer.currentKeyId();
		String next = "next:zfHMdLe9r99oAbW9LxsWOEYBjkMwfUUj5/aMazoYbOA=";
		DataKeys rotated = DataKeys.parse(next + "," + this.configuredKeys);
		SealedRows rotating = new SealedRows(this.jdbc, new Sealer(rotated), rotated);
		try {
			while (rotating.resealBatch(ReporterContacts.SEALED, 10) > 0) {
				// until every contact is under the new key
			}
			while (rotating.resealBatch(CaseDocuments.SEALED, 10) > 0) {
				// and every document
			}
			assertThat(rotating.countByKey(ReporterContacts.SEALED)).containsOnlyKeys("next");
			assertThat(rotating.countByKey(CaseDocuments.SEALED)).containsOnlyKeys("next");
			// only the new key is needed now
			Sealer onlyNew = new Sealer(DataKeys.parse(next));
			String stored = this.jdbc.queryForObject("SELECT email FROM app_reporter_contact WHERE report_number = ?",
					String.class, number);
			assertThat(onlyNew.openText("next", stored, ReporterContacts.SEALED.context("email", number))).isEqualTo(email);
			byte[] content = this.jdbc.queryForObject("SELECT content FROM app_case_document WHERE ref = ?",
					byte[].class, ref);
			assertThat(onlyNew.open("next", content, CaseDocuments.SEALED.context("content", List.of(number, ref))))
				.isEqualTo(pdf(this.marker));
			// and the application, which no longer holds that key, says so instead of guessing
			assertThatThrownBy(() -> this.contacts.find(number)).isInstanceOf(UnreadableSealException.class)
				.hasMessageContaining("'next'");
		}
		finally {
			DataKeys back = DataKeys.parse(this.configuredKeys + "," + next);
			SealedRows restoring = new SealedRows(this.jdbc, new Sealer(back), back);
			while (restoring.resealBatch(ReporterContacts.SEALED, 10) > 0
					| restoring.resealBatch(CaseDocuments.SEALED, 10) > 0) {
				// the shared test database back under the application's key
			}
		}
		assertThat(this.contacts.find(number).orElseThrow().email()).isEqualTo(email);
		assertThat(this.rotation.rowsPerKey().get("app_reporter_contact")).containsOnlyKeys(current);
	}

	@Test
	void onlyAdministratorsSeeTheKeysInUseAndRotate() throws Exception {
		HttpResponse<String> use = this.http.get("/api/admin/data-keys", "admin", "demo");
		assertThat(use.statusCode()).as(use.body()).isEqualTo(200);
		JsonNode body = this.json.readTree(use.body());
		assertThat(body.get("currentKeyId").asText()).isEqualTo(this.sealer.currentKeyId());
		assertThat(body.get("rowsPerKey").has("app_case_document")).isTrue();
		assertThat(use.body()).doesNotContain(this.configuredKeys.substring(this.configuredKeys.indexOf(':') + 1));
		HttpResponse<String> rotate = this.http.postJson("/api/admin/data-keys/rotate", "{}", "admin", "demo");
		assertThat(rotate.statusCode()).as(rotate.body()).isEqualTo(200);
		assertThat(this.json.readTree(rotate.body()).fieldNames()).toIterable()
			.containsExactly("app_reporter_contact", "app_case_document", "app_data_request_export");
		for (String user : new String[] { "auditor1", "dpo1", "chair1" }) {
			assertThat(this.http.get("/api/admin/data-keys", user, "demo").statusCode()).as(user).isEqualTo(403);
			assertThat(this.http.postJson("/api/admin/data-keys/rotate", "{}", user, "demo").statusCode()).as(user)
				.isEqualTo(403);
		}
	}

	private String report(String email, String fileName, byte[] pdf) {
		HttpResponse<String> response = this.portal.postMultipart("/api/public/reports",
				List.of(new String[] { "category", "FINANCIAL" }, new String[] { "description", "بلاغ للاختبار" },
						new String[] { "contactMobile", "0551234567" }, new String[] { "contactEmail", email }),
				List.of(new Part(fileName, "application/pdf", pdf)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return this.portal.read(response).get("reportNumber").asText();
	}

	private JsonNode caseDocument(String number) throws Exception {
		HttpResponse<String> file = this.http.get("/api/cases/" + number, "auditor1", "demo");
		assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
		return this.json.readTree(file.body()).get("documents").get(0);
	}

	private byte[] download(String number, String ref) {
		return this.http.send(this.http.request("/api/cases/" + number + "/documents/" + ref)
			.header("Authorization", Http.basic("auditor1", "demo"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
	}

	static byte[] pdf(String text) {
		return ("%PDF-1.4\n% " + text + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF").getBytes(StandardCharsets.UTF_8);
	}

}
