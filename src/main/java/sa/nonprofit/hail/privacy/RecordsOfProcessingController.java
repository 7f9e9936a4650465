package sa.nonprofit.hail.privacy;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import sa.nonprofit.hail.system.Refusal;

/**
 * {@code GET /api/privacy/records-of-processing}: the record of processing activities as it stands, with the dates of
 * its earlier versions, each readable as it was. For the data protection officer, the board chair and the
 * administrator (the security configuration's).
 */
@RestController
class RecordsOfProcessingController {

	/** The record, and every version kept (newest first). */
	record Current(RecordOfProcessing record, List<ProcessingRecordVersions.Version> versions) {
	}

	private final RecordsOfProcessing records;

	private final ProcessingRecordVersions versions;

	RecordsOfProcessingController(RecordsOfProcessing records, ProcessingRecordVersions versions) {
		this.records = records;
		this.versions = versions;
	}

	@GetMapping(path = "/api/privacy/records-of-processing", produces = MediaType.APPLICATION_JSON_VALUE)
	Current current() {
		return new Current(this.records.current(), this.versions.versions());
	}

	@GetMapping(path = "/api/privacy/records-of-processing/versions/{hash}", produces = MediaType.APPLICATION_JSON_VALUE)
	String version(@PathVariable String hash) {
		return this.versions.content(hash).orElseThrow(() -> Refusal.notFound("لا توجد نسخة من السجل بهذا المعرّف",
				"There is no version of the record with this id"));
	}

}
