package sa.nonprofit.hail.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import sa.nonprofit.hail.system.StartupSeed;

/**
 * Keeps every version of the record of processing (IR Art. 33: in writing and kept): at start-up, the record the
 * settings produce is stored with its date when it differs from the last version stored. Nodes starting together store
 * it once (a {@link StartupSeed}); a version stored twice in a row by an earlier release shows once in the list.
 */
@Component
class ProcessingRecordVersions implements StartupSeed {

	private static final Logger log = LoggerFactory.getLogger(ProcessingRecordVersions.class);

	/** One stored version: since when it stood, and the hash that names it. */
	record Version(Instant recordedAt, String hash) {
	}

	private final RecordsOfProcessing records;

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	ProcessingRecordVersions(RecordsOfProcessing records, JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
		this.records = records;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void seed() {
		String content;
		try {
			content = this.json.writeValueAsString(this.records.current());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The record of processing cannot be written as JSON", ex);
		}
		String hash = sha256(content);
		List<String> last = this.jdbc.queryForList(
				"SELECT content_hash FROM app_processing_record ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
				String.class);
		if (last.isEmpty() || !last.get(0).equals(hash)) {
			this.jdbc.update("INSERT INTO app_processing_record (recorded_at, content_hash, content) VALUES (?, ?, ?)",
					Timestamp.from(this.clock.instant()), hash, content);
			log.info("Record of processing: new version {} stored", hash.substring(0, 12));
		}
	}

	/** Every version, newest first, each dated from when it first stood (a version stored twice in a row is one). */
	List<Version> versions() {
		List<Version> oldestFirst = new ArrayList<>(this.jdbc.query(
				"SELECT recorded_at, content_hash FROM app_processing_record ORDER BY id",
				(rs, row) -> new Version(rs.getTimestamp(1).toInstant(), rs.getString(2))));
		List<Version> versions = new ArrayList<>();
		for (Version version : oldestFirst) {
			if (versions.isEmpty() || !versions.get(0).hash().equals(version.hash())) {
				versions.add(0, version);
			}
		}
		return versions;
	}

	/** The record as it stood in one version, as stored. */
	Optional<String> content(String hash) {
		return this.jdbc
			.queryForList("SELECT content FROM app_processing_record WHERE content_hash = ? ORDER BY id DESC",
					String.class, hash)
			.stream()
			.findFirst();
	}

	static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
