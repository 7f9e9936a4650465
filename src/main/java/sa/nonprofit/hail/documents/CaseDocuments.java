package sa.nonprofit.hail.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * The documents kept with each case. It knows nothing of who may read a case: callers check that first (the case
 * file by the engine's authorizations, the portal by the reporter's access code).
 */
@Service
public class CaseDocuments {

	/** A kept document without its bytes; {@code uploadedBy} is null when the applicant or reporter sent it. */
	public record Entry(long id, String fileName, String mediaType, int sizeBytes, String uploadedBy,
			Instant uploadedAt) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CaseDocuments(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Keeps the document with the case; {@code uploadedBy} is the staff user, or null for the portal. */
	public long add(String caseNumber, Document document, String uploadedBy) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					INSERT INTO app_case_document
					(case_number, file_name, media_type, size_bytes, content, uploaded_by, uploaded_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			statement.setString(1, caseNumber);
			statement.setString(2, document.fileName());
			statement.setString(3, document.mediaType());
			statement.setInt(4, document.content().length);
			statement.setBytes(5, document.content());
			statement.setString(6, uploadedBy);
			statement.setTimestamp(7, Timestamp.from(this.clock.instant()));
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	public List<Entry> list(String caseNumber) {
		return this.jdbc.query("""
				SELECT id, file_name, media_type, size_bytes, uploaded_by, uploaded_at FROM app_case_document
				WHERE case_number = ? ORDER BY id""",
				(rs, row) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
						rs.getTimestamp(6).toInstant()),
				caseNumber);
	}

	public int count(String caseNumber) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM app_case_document WHERE case_number = ?",
				Integer.class, caseNumber);
		return count == null ? 0 : count;
	}

	/** The document, only if it belongs to this case. */
	public Optional<Document> read(String caseNumber, long id) {
		return this.jdbc.query("""
				SELECT file_name, media_type, content FROM app_case_document WHERE case_number = ? AND id = ?""",
				(rs, row) -> new Document(rs.getString(1), rs.getString(2), rs.getBytes(3)), caseNumber, id)
			.stream()
			.findFirst();
	}

}
