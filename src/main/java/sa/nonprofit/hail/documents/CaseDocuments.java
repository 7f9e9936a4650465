package sa.nonprofit.hail.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The documents kept with each case. It knows nothing of who may read a case: callers check that first (the case
 * file by the engine's authorizations, the portal by the reporter's access code).
 */
@Service
public class CaseDocuments {

	/**
	 * A kept document without its bytes; {@code ref} is its random name outside the database (the numeric id, one
	 * counter for every case, would tell how many documents other cases hold); {@code uploadedBy} is null when the
	 * applicant or reporter sent it.
	 */
	public record Entry(String ref, String fileName, String mediaType, int sizeBytes, String uploadedBy,
			Instant uploadedAt) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CaseDocuments(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps the document with the case; {@code uploadedBy} is the staff user, or null for the portal.
	 * @return the document's ref
	 */
	public String add(String caseNumber, Document document, String uploadedBy) {
		String ref = UUID.randomUUID().toString();
		this.jdbc.update("""
				INSERT INTO app_case_document
				(ref, case_number, file_name, media_type, size_bytes, content, uploaded_by, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", ref, caseNumber, document.fileName(), document.mediaType(),
				document.content().length, document.content(), uploadedBy, Timestamp.from(this.clock.instant()));
		return ref;
	}

	public List<Entry> list(String caseNumber) {
		return this.jdbc.query("""
				SELECT ref, file_name, media_type, size_bytes, uploaded_by, uploaded_at FROM app_case_document
				WHERE case_number = ? ORDER BY id""",
				(rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
						rs.getTimestamp(6).toInstant()),
				caseNumber);
	}

	public int count(String caseNumber) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM app_case_document WHERE case_number = ?",
				Integer.class, caseNumber);
		return count == null ? 0 : count;
	}

	/** The document, only if it belongs to this case. */
	public Optional<Document> read(String caseNumber, String ref) {
		return this.jdbc.query("""
				SELECT file_name, media_type, content FROM app_case_document WHERE case_number = ? AND ref = ?""",
				(rs, row) -> new Document(rs.getString(1), rs.getString(2), rs.getBytes(3)), caseNumber, ref)
			.stream()
			.findFirst();
	}

}
