package sa.nonprofit.hail.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.system.SealedTable;
import sa.nonprofit.hail.system.SealedValue;
import sa.nonprofit.hail.system.Sealer;

/**
 * The documents kept with each case, name and content sealed at rest ({@link Sealer}: a file's name can name the
 * accused), each bound to its case and ref. It knows nothing of who may read a case: callers check that first (the
 * case file by the engine's authorizations, the portal by the reporter's access code). A list opens the names only.
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

	/** The sealed columns, for the start-up pass and rotation; a row is named by its case and ref. */
	public static final SealedTable SEALED = new SealedTable("app_case_document", List.of("case_number", "ref"),
			List.of("file_name"), List.of("content"));

	private final JdbcTemplate jdbc;

	private final Sealer sealer;

	private final Clock clock;

	CaseDocuments(JdbcTemplate jdbc, Sealer sealer, Clock clock) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.clock = clock;
	}

	/**
	 * Keeps the document with the case; {@code uploadedBy} is the staff user, or null for the portal.
	 * @return the document's ref
	 */
	public String add(String caseNumber, Document document, String uploadedBy) {
		String ref = UUID.randomUUID().toString();
		List<String> row = List.of(caseNumber, ref);
		SealedValue name = this.sealer.sealText(document.fileName(), SEALED.context("file_name", row));
		SealedValue content = this.sealer.seal(document.content(), SEALED.context("content", row));
		this.jdbc.update("""
				INSERT INTO app_case_document
				(ref, case_number, file_name, media_type, size_bytes, content, key_id, uploaded_by, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", ref, caseNumber, name.text(), document.mediaType(),
				document.content().length, content.bytes(), content.keyId(), uploadedBy,
				Timestamp.from(this.clock.instant()));
		return ref;
	}

	public List<Entry> list(String caseNumber) {
		return this.jdbc.query("""
				SELECT ref, file_name, key_id, media_type, size_bytes, uploaded_by, uploaded_at FROM app_case_document
				WHERE case_number = ? ORDER BY id""",
				(rs, row) -> new Entry(rs.getString(1),
						this.sealer.openText(rs.getString(3), rs.getString(2),
								SEALED.context("file_name", List.of(caseNumber, rs.getString(1)))),
						rs.getString(4), rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant()),
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
				SELECT file_name, media_type, content, key_id FROM app_case_document WHERE case_number = ? AND ref = ?""",
				(rs, n) -> {
					List<String> row = List.of(caseNumber, ref);
					return new Document(this.sealer.openText(rs.getString(4), rs.getString(1),
							SEALED.context("file_name", row)), rs.getString(2),
							this.sealer.open(rs.getString(4), rs.getBytes(3), SEALED.context("content", row)));
				}, caseNumber, ref)
			.stream()
			.findFirst();
	}

}
