package sa.nonprofit.hail.casefile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import sa.nonprofit.hail.casefile.CaseAccessLog.Action;
import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.documents.Document;
import sa.nonprofit.hail.documents.Uploads;
import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.whistleblowing.ReporterThread;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * The case file API ({@code /api/cases/{number}}, DESIGN.md "Case file"). A reader who may not read the instance gets
 * the same 404 as for a number that does not exist; one who may read it but not do a write gets 403.
 */
@RestController
class CaseApiController {

	/** A staff reply to the reporter. */
	record Reply(String text) {
	}

	private final CaseAccess access;

	private final CaseFiles files;

	private final CaseDocuments documents;

	private final Uploads uploads;

	private final ReporterThread thread;

	private final CaseAccessLog log;

	CaseApiController(CaseAccess access, CaseFiles files, CaseDocuments documents, Uploads uploads,
			ReporterThread thread, CaseAccessLog log) {
		this.access = access;
		this.files = files;
		this.documents = documents;
		this.uploads = uploads;
		this.thread = thread;
		this.log = log;
	}

	@GetMapping(path = "/api/cases/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
	CaseFile caseFile(@PathVariable String number, Authentication caller) {
		Reader reader = Reader.of(caller);
		HistoricProcessInstance instance = this.access.open(number, reader);
		this.log.record(number, reader.userId(), Action.VIEW, null);
		return this.files.of(instance, reader);
	}

	@GetMapping("/api/cases/{number}/documents/{ref}")
	ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable String ref, Authentication caller) {
		Reader reader = Reader.of(caller);
		this.access.open(number, reader);
		Document document = this.documents.read(number, ref).orElseThrow(CaseAccess::notFound);
		this.log.record(number, reader.userId(), Action.DOWNLOAD, ref);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(document.content());
	}

	@PostMapping(path = "/api/cases/{number}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<CaseFile.DocumentEntry> upload(@PathVariable String number,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication caller) {
		Reader reader = Reader.of(caller);
		HistoricProcessInstance instance = this.access.open(number, reader);
		if (!this.access.works(instance, reader)) {
			throw Refusal.forbidden("يضيف المستندات من يعمل على الملف فقط",
					"Only those working the case can add documents to it");
		}
		List<Document> checked = this.uploads.inspect(file == null ? List.of() : List.of(file));
		if (checked.isEmpty()) {
			throw Refusal.invalid("اختر ملفًا لإرفاقه (PDF أو JPEG أو PNG)", "Choose a file to attach (PDF, JPEG or PNG)");
		}
		Document document = checked.get(0);
		String ref = this.documents.add(number, document, reader.userId());
		this.log.record(number, reader.userId(), Action.UPLOAD, ref);
		CaseFile.DocumentEntry entry = this.files.of(instance, reader)
			.documents()
			.stream()
			.filter(kept -> kept.ref().equals(ref))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.status(HttpStatus.CREATED).body(entry);
	}

	@PostMapping(path = "/api/cases/{number}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> reply(@PathVariable String number, @RequestBody Reply reply,
			Authentication caller) {
		Reader reader = Reader.of(caller);
		HistoricProcessInstance instance = this.access.open(number, reader);
		if (!WhistleblowerProcess.PROCESS_ID.equals(instance.getProcessDefinitionKey())) {
			throw Refusal.notFound("لا مراسلات في طلبات الدعم", "Support requests have no reporter thread");
		}
		if (!this.access.isAuditor(instance, reader)) {
			throw Refusal.forbidden("يراسل المبلّغ مراجعو البلاغ فقط", "Only the report's auditors write to the reporter");
		}
		this.thread.fromStaff(number, reader.userId(), reply == null ? null : reply.text());
		this.log.record(number, reader.userId(), Action.REPLY, null);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("messages", this.thread.of(number).size()));
	}

	@GetMapping(path = "/api/cases/{number}/access-log", produces = MediaType.APPLICATION_JSON_VALUE)
	List<CaseAccessLog.Entry> accessLog(@PathVariable String number, Authentication caller) {
		Reader reader = Reader.of(caller);
		if (!CaseAccess.readsAccessLog(reader)) {
			throw CaseAccess.notFound();
		}
		this.access.open(number, reader);
		return this.log.of(number);
	}

}
