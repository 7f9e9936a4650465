package sa.nonprofit.hail.privacy;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.system.SealedRows;
import sa.nonprofit.hail.system.SealedTable;
import sa.nonprofit.hail.whistleblowing.ReporterContacts;

/**
 * Keeps every sealed row under the first key of {@code APP_DATA_KEYS}: after an upgrade it seals the rows written in
 * plain text, after a new key was put first it re-seals the rows of the older ones, so the older key can then be
 * removed. Runs in the background after start-up and on an administrator's request, in batches, one node at a time
 * (app_scheduled_lock).
 */
@Service
class DataKeyRotation {

	static final String JOB = "data-key-rotation";

	/** Every table holding sealed personal data. */
	static final List<SealedTable> TABLES = List.of(ReporterContacts.SEALED, CaseDocuments.SEALED,
			DataRequestExports.SEALED);

	/** Long enough for a large database; a node that dies mid-run only delays the next run this long. */
	private static final Duration QUIET = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(DataKeyRotation.class);

	private final SealedRows rows;

	private final ClusterLock lock;

	private final Clock clock;

	private final boolean atStartUp;

	private final int batchSize;

	DataKeyRotation(SealedRows rows, ClusterLock lock, Clock clock,
			@Value("${app.data-key-rotation.at-start-up:true}") boolean atStartUp,
			@Value("${app.data-key-rotation.batch-size:100}") int batchSize) {
		this.rows = rows;
		this.lock = lock;
		this.clock = clock;
		this.atStartUp = atStartUp;
		this.batchSize = batchSize;
	}

	@EventListener(ApplicationReadyEvent.class)
	void afterStartUp() {
		if (this.atStartUp) {
			Thread pass = new Thread(() -> {
				try {
					rotate().ifPresent(counts -> log.info("Data keys: rows sealed under the current key: {}", counts));
				}
				catch (RuntimeException ex) {
					log.error("Data keys: the start-up pass stopped; POST /api/admin/data-keys/rotate resumes it", ex);
				}
			}, JOB);
			pass.setDaemon(true);
			pass.start();
		}
	}

	/**
	 * Seals every row not under the current key, table by table.
	 * @return the rows re-sealed per table, or empty when another node is doing it now
	 */
	Optional<Map<String, Long>> rotate() {
		if (!this.lock.acquire(JOB, this.clock.instant(), QUIET)) {
			return Optional.empty();
		}
		try {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (SealedTable table : TABLES) {
				long total = 0;
				int done;
				do {
					done = this.rows.resealBatch(table, this.batchSize);
					total += done;
				}
				while (done > 0);
				counts.put(table.table(), total);
			}
			return Optional.of(counts);
		}
		finally {
			this.lock.release(JOB, this.clock.instant());
		}
	}

	/** How many rows of each table each key id holds: an old key may go once it holds none. */
	Map<String, Map<String, Long>> rowsPerKey() {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (SealedTable table : TABLES) {
			counts.put(table.table(), this.rows.countByKey(table));
		}
		return counts;
	}

}
