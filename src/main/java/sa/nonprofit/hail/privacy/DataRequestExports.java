package sa.nonprofit.hail.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.privacy.DataSubjectProcess.RequestType;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.system.SaudiIdentifiers;
import sa.nonprofit.hail.system.SealedTable;
import sa.nonprofit.hail.system.SealedValue;
import sa.nonprofit.hail.system.Sealer;

/**
 * The export a person receives for an access or copy request: gathered once when the officer fulfils the request
 * (BPMN: {@code ${dataRequestExports.prepare(task)}} on Task_FulfilDataRequest), kept sealed under the request's
 * number and served from here, so the person sees what the officer confirmed. It goes with the person's data.
 */
@Component("dataRequestExports")
public class DataRequestExports {

	/** The sealed column, for the start-up pass and rotation. */
	public static final SealedTable SEALED = new SealedTable("app_data_request_export", List.of("request_number"),
			List.of(), List.of("content"));

	private final SubjectRecords records;

	private final JdbcTemplate jdbc;

	private final Sealer sealer;

	private final ObjectMapper json;

	private final Clock clock;

	DataRequestExports(SubjectRecords records, JdbcTemplate jdbc, Sealer sealer, ObjectMapper json, Clock clock) {
		this.records = records;
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.json = json;
		this.clock = clock;
	}

	/** Completion of Task_FulfilDataRequest: an access or copy request's export is gathered and kept. */
	public void prepare(DelegateTask task) {
		RequestType type = RequestType.valueOf((String) task.getVariable(Variables.REQUEST_TYPE));
		String nationalId = SaudiIdentifiers.normaliseDigits((String) task.getVariable(Variables.NATIONAL_ID));
		if (type.delivers() && SaudiIdentifiers.isValidNationalId(nationalId)) {
			prepare((String) task.getVariable(Variables.REQUEST_NUMBER), nationalId);
		}
	}

	/** Gathers the person's file now and keeps it, sealed, as the request's export (replacing an earlier one). */
	SubjectFile prepare(String requestNumber, String nationalId) {
		SubjectFile file = this.records.gather(nationalId);
		byte[] content;
		try {
			content = this.json.writeValueAsBytes(file);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The export of " + requestNumber + " cannot be written", ex);
		}
		SealedValue sealed = this.sealer.seal(content, SEALED.context("content", requestNumber));
		this.jdbc.update("DELETE FROM app_data_request_export WHERE request_number = ?", requestNumber);
		this.jdbc.update("""
				INSERT INTO app_data_request_export (request_number, content, key_id, prepared_at)
				VALUES (?, ?, ?, ?)""", requestNumber, sealed.bytes(), sealed.keyId(),
				Timestamp.from(this.clock.instant()));
		return file;
	}

	/** The kept export, opened. */
	Optional<SubjectFile> find(String requestNumber) {
		return this.jdbc.query("SELECT content, key_id FROM app_data_request_export WHERE request_number = ?",
				(rs, row) -> read(this.sealer.open(rs.getString(2), rs.getBytes(1),
						SEALED.context("content", requestNumber))),
				requestNumber).stream().findFirst();
	}

	private SubjectFile read(byte[] content) {
		try {
			return this.json.readValue(content, SubjectFile.class);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("A kept export cannot be read", ex);
		}
	}

}
