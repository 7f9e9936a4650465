package sa.nonprofit.hail.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.privacy.RetentionProperties.RecordType;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * The nightly purge (PDPL Art. 18): whatever has been kept its period after it ended goes, from the engine's history
 * (finished instances, through the engine's own bulk delete) and our tables (documents, notices, access logs,
 * reporters' contacts and threads, data-subject exports), except what a legal hold covers. Each run records its counts per record type.
 */
@Service
class RetentionPurge {

	static final String JOB = "retention-purge";

	private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

	private final RetentionProperties retention;

	private final JdbcTemplate jdbc;

	private final HistoryService history;

	private final LegalHolds holds;

	private final SubjectKeys keys;

	private final RemovalTimes removalTimes;

	private final ClusterLock lock;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RetentionPurge(RetentionProperties retention, JdbcTemplate jdbc, HistoryService history, LegalHolds holds,
			SubjectKeys keys, RemovalTimes removalTimes, ClusterLock lock, TransactionTemplate transaction,
			Clock clock) {
		this.retention = retention;
		this.jdbc = jdbc;
		this.history = history;
		this.holds = holds;
		this.keys = keys;
		this.removalTimes = removalTimes;
		this.lock = lock;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(cron = "${app.privacy.retention.schedule}", zone = "${app.time-zone}")
	void nightly() {
		if (this.lock.acquire(JOB, this.clock.instant(), Duration.ofHours(12))) {
			Map<String, Long> purged = run();
			log.info("Retention purge: {}", purged);
		}
	}

	/** Purges what has expired now; the counts per record type, also recorded in app_retention_run. */
	Map<String, Long> run() {
		Instant now = this.clock.instant();
		return this.transaction.execute(status -> {
			Held held = held();
			this.removalTimes.suspend(held.instances());
			Map<String, Long> purged = new LinkedHashMap<>();
			String beneficiary = BeneficiaryProcess.PROCESS_ID;
			String rejected = BeneficiaryProcess.Elements.END_REJECTED;
			String incomplete = BeneficiaryProcess.Elements.END_CLOSED_INCOMPLETE;
			purged.put(RecordType.CLOSED_REQUESTS, instances(beneficiary,
					" AND (END_ACT_ID_ IS NULL OR END_ACT_ID_ NOT IN ('" + rejected + "', '" + incomplete + "'))",
					this.retention.closedRequests(), now, held));
			purged.put(RecordType.REJECTED_REQUESTS, instances(beneficiary, " AND END_ACT_ID_ = '" + rejected + "'",
					this.retention.rejectedRequests(), now, held));
			purged.put(RecordType.INCOMPLETE_REQUESTS, instances(beneficiary,
					" AND END_ACT_ID_ = '" + incomplete + "'", this.retention.incompleteRequests(), now, held));
			purged.put(RecordType.REPORTS,
					instances(WhistleblowerProcess.PROCESS_ID, "", this.retention.reports(), now, held));
			purged.put(RecordType.DATA_REQUESTS, instances(SubjectVariables.DATA_REQUEST_PROCESS, "",
					this.retention.dataRequests(), now, held));
			purged.put(RecordType.BREACHES,
					instances(DataBreachProcess.PROCESS_ID, "", this.retention.breaches(), now, held));
			purged.put(RecordType.NOTIFICATIONS, rows("app_notification", "id", "reference", "created_at",
					this.retention.notifications(), now, held.numbers()));
			purged.put(RecordType.ACCESS_LOG, rows("app_case_access_log", "id", "case_number", "accessed_at",
					this.retention.accessLog(), now, held.numbers())
					+ rows("app_privacy_log", "id", "subject_hash", "occurred_at", this.retention.accessLog(), now,
							held.subjects()));
			for (Map.Entry<String, Long> count : purged.entrySet()) {
				this.jdbc.update("INSERT INTO app_retention_run (started_at, record_type, purged) VALUES (?, ?, ?)",
						Timestamp.from(now), count.getKey(), count.getValue());
			}
			return purged;
		});
	}

	/** What the holds cover now: case numbers, their instances, and the held people's hashes. */
	record Held(Set<String> numbers, Set<String> instances, Set<String> subjects) {
	}

	private Held held() {
		Set<String> subjects = this.holds.heldSubjects();
		Set<String> numbers = new HashSet<>(this.holds.heldCases());
		Set<String> instances = new HashSet<>();
		if (!subjects.isEmpty()) {
			this.jdbc.query("""
					SELECT v.PROC_INST_ID_, v.NAME_, v.TEXT_, p.BUSINESS_KEY_ FROM ACT_HI_VARINST v
					JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = v.PROC_INST_ID_
					WHERE v.PROC_DEF_KEY_ IN (?, ?) AND v.NAME_ IN (?, ?) AND v.TEXT_ IS NOT NULL""", rs -> {
				String hash = SubjectVariables.SUBJECT_HASH.equals(rs.getString(2)) ? rs.getString(3)
						: this.keys.of(rs.getString(3));
				if (subjects.contains(hash)) {
					instances.add(rs.getString(1));
					if (rs.getString(4) != null) {
						numbers.add(rs.getString(4));
					}
				}
			}, SubjectVariables.PROCESSES.get(0), SubjectVariables.PROCESSES.get(1), SubjectVariables.NATIONAL_ID,
					SubjectVariables.SUBJECT_HASH);
		}
		for (List<String> chunk : Sql.chunks(numbers)) {
			instances.addAll(this.jdbc.queryForList("SELECT PROC_INST_ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ IN ("
					+ Sql.marks(chunk.size()) + ")", String.class, chunk.toArray()));
		}
		return new Held(numbers, instances, subjects);
	}

	/** Finished instances of a process that ended more than {@code period} ago, with everything of their cases. */
	private long instances(String process, String condition, Duration period, Instant now, Held held) {
		List<String> ids = new ArrayList<>();
		List<String> numbers = new ArrayList<>();
		this.jdbc.query("SELECT PROC_INST_ID_, BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?"
				+ " AND END_TIME_ IS NOT NULL AND END_TIME_ < ?" + condition, rs -> {
					if (!held.instances().contains(rs.getString(1))) {
						ids.add(rs.getString(1));
						if (rs.getString(2) != null) {
							numbers.add(rs.getString(2));
						}
					}
				}, process, Timestamp.from(now.minus(period)));
		for (List<String> chunk : Sql.chunks(ids)) {
			this.history.deleteHistoricProcessInstancesBulk(chunk);
		}
		for (List<String> chunk : Sql.chunks(numbers)) {
			String in = "(" + Sql.marks(chunk.size()) + ")";
			this.jdbc.update("DELETE FROM app_case_document WHERE case_number IN " + in, chunk.toArray());
			this.jdbc.update("DELETE FROM app_data_request_export WHERE request_number IN " + in, chunk.toArray());
			this.jdbc.update("DELETE FROM app_notification WHERE reference IN " + in, chunk.toArray());
			this.jdbc.update("DELETE FROM app_case_access_log WHERE case_number IN " + in, chunk.toArray());
			this.jdbc.update("DELETE FROM app_reporter_contact WHERE report_number IN " + in, chunk.toArray());
			this.jdbc.update("DELETE FROM app_report_message WHERE report_number IN " + in, chunk.toArray());
			this.jdbc.update("DELETE FROM app_report_access WHERE report_number IN " + in, chunk.toArray());
		}
		return ids.size();
	}

	/** Rows of one of our tables older than {@code period}, except those whose key a hold covers. */
	private long rows(String table, String id, String key, String time, Duration period, Instant now,
			Set<String> held) {
		List<Object> expired = new ArrayList<>();
		this.jdbc.query("SELECT " + id + ", " + key + " FROM " + table + " WHERE " + time + " < ?", rs -> {
			if (!held.contains(rs.getString(2))) {
				expired.add(rs.getObject(1));
			}
		}, Timestamp.from(now.minus(period)));
		for (List<Object> chunk : Sql.chunks(expired)) {
			this.jdbc.update("DELETE FROM " + table + " WHERE " + id + " IN (" + Sql.marks(chunk.size()) + ")",
					chunk.toArray());
		}
		return expired.size();
	}

	/** One run of the purge: when, and how many records of each type went. */
	record Run(Instant startedAt, Map<String, Long> purged) {
	}

	/** The last runs, newest first. */
	List<Run> runs(int limit) {
		Map<Timestamp, Map<String, Long>> runs = new LinkedHashMap<>();
		this.jdbc.query("SELECT started_at, record_type, purged FROM app_retention_run ORDER BY started_at DESC, id",
				rs -> {
					Timestamp started = rs.getTimestamp(1);
					if (runs.containsKey(started) || runs.size() < limit) {
						runs.computeIfAbsent(started, at -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
					}
				});
		return runs.entrySet().stream().map(run -> new Run(run.getKey().toInstant(), run.getValue())).toList();
	}

}
