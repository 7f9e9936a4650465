package sa.nonprofit.hail.kpi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * The figures, read with SQL from Camunda's history tables: five aggregate queries per report, each served by an index
 * (db/vendor/&#42;/V8__kpi_indexes.sql; covering ones on PostgreSQL), so the cost grows with the period asked for, not
 * with all history.
 */
@Service
class KpiQueries {

	/** The deadlines of DESIGN.md and the task that carries each. */
	static final List<String[]> DEADLINES = List.of(
			new String[] { "committee-decision", BeneficiaryProcess.Elements.COMMITTEE_DECISION },
			new String[] { "report-acknowledgement", WhistleblowerProcess.Elements.ACKNOWLEDGE },
			new String[] { "leadership-informed", WhistleblowerProcess.Elements.NOTIFY_LEADERSHIP },
			new String[] { "violations-investigation", WhistleblowerProcess.Elements.INVESTIGATION });

	private static final List<String> PROCESSES = List.of(BeneficiaryProcess.PROCESS_ID, WhistleblowerProcess.PROCESS_ID);

	/** Both processes name their channel alike (KpiTest counts the channels of both). */
	private static final String CHANNEL = BeneficiaryProcess.Variables.CHANNEL;

	private static final String IS_REPORT = "PROC_DEF_KEY_ = '" + WhistleblowerProcess.PROCESS_ID + "'";

	private final JdbcTemplate jdbc;

	private final ExecutorService pool = Executors.newFixedThreadPool(4, runnable -> {
		Thread thread = new Thread(runnable, "kpi-query");
		thread.setDaemon(true);
		return thread;
	});

	/** Now, for what is overdue, and the zone that turns the period's days into instants. */
	private final Clock clock;

	KpiQueries(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whose figures: everything, or only the reports routed to one of these groups. A report the reader may not read
	 * is not counted anywhere (the chair's figures leave out a report against the chair, and with it the vice chair's
	 * tasks on it); the beneficiary figures are whole for every reader.
	 */
	record Reader(List<String> groups) {

		static final Reader EVERYTHING = new Reader(null);

		boolean seesEverything() {
			return this.groups == null;
		}

	}

	/** The queries are independent: they run side by side, each on a connection of its own. */
	KpiReport report(LocalDate from, LocalDate to, Reader reader) {
		Timestamp start = Timestamp.from(from.atStartOfDay(this.clock.getZone()).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant());
		var processes = CompletableFuture.supplyAsync(() -> processes(start, end, reader), this.pool);
		var channels = CompletableFuture.supplyAsync(() -> channels(start, end, reader), this.pool);
		var deadlines = CompletableFuture.supplyAsync(() -> deadlines(start, end, reader), this.pool);
		var months = CompletableFuture.supplyAsync(() -> months(from, to, start, end, reader), this.pool);
		var satisfaction = CompletableFuture.supplyAsync(() -> satisfaction(start, end), this.pool);
		return new KpiReport(from, to, processes.join(), channels.join(), deadlines.join(), months.join(),
				satisfaction.join(), openTasks(reader));
	}

	/**
	 * SQL that keeps a row of a report only when the reader's groups were granted that report (its per-report history
	 * authorization, written by the report's routing). {@code instance} is the column holding the instance id,
	 * {@code isReport} an SQL condition true for rows of the whistleblowing process.
	 */
	private static String visibleTo(Reader reader, String isReport, String instance, List<Object> arguments) {
		if (reader.seesEverything()) {
			return "";
		}
		arguments.add(Resources.HISTORIC_PROCESS_INSTANCE.resourceType());
		arguments.addAll(reader.groups());
		String groups = String.join(", ", java.util.Collections.nCopies(Math.max(1, reader.groups().size()), "?"));
		if (reader.groups().isEmpty()) {
			arguments.add("");
		}
		return " AND (NOT (" + isReport + ") OR EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION a WHERE a.TYPE_ = 1"
				+ " AND a.RESOURCE_TYPE_ = ? AND a.RESOURCE_ID_ = " + instance + " AND a.GROUP_ID_ IN (" + groups + ")))";
	}

	@PreDestroy
	void stop() {
		this.pool.shutdown();
	}

	private List<KpiReport.ProcessCounts> processes(Timestamp start, Timestamp end, Reader reader) {
		Map<String, long[]> counts = new HashMap<>();
		List<Object> arguments = new ArrayList<>(List.of(PROCESSES.get(0), PROCESSES.get(1), start, end));
		this.jdbc.query("""
				SELECT PROC_DEF_KEY_, COUNT(*), COALESCE(SUM(CASE WHEN END_TIME_ IS NULL THEN 1 ELSE 0 END), 0)
				FROM ACT_HI_PROCINST p WHERE PROC_DEF_KEY_ IN (?, ?) AND START_TIME_ >= ? AND START_TIME_ < ?"""
				+ visibleTo(reader, IS_REPORT, "p.PROC_INST_ID_", arguments) + " GROUP BY PROC_DEF_KEY_",
				rs -> {
					counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
				}, arguments.toArray());
		return PROCESSES.stream().map(process -> {
			long[] count = counts.getOrDefault(process, new long[2]);
			return new KpiReport.ProcessCounts(process, count[0], count[1], count[0] - count[1]);
		}).toList();
	}

	/** The channel variable is set when an instance starts, so its creation time is the instance's start. */
	private List<KpiReport.ChannelCount> channels(Timestamp start, Timestamp end, Reader reader) {
		List<Object> arguments = new ArrayList<>(List.of(PROCESSES.get(0), PROCESSES.get(1), start, end));
		// A literal name, so PostgreSQL can use the partial index on the channel (V8); both processes call it so.
		return this.jdbc.query("SELECT PROC_DEF_KEY_, TEXT_, COUNT(*) FROM ACT_HI_VARINST v WHERE NAME_ = '"
				+ CHANNEL + "' AND PROC_DEF_KEY_ IN (?, ?) AND CREATE_TIME_ >= ? AND CREATE_TIME_ < ?"
				+ visibleTo(reader, IS_REPORT, "v.PROC_INST_ID_", arguments)
				+ " GROUP BY PROC_DEF_KEY_, TEXT_ ORDER BY PROC_DEF_KEY_, TEXT_",
				(rs, row) -> new KpiReport.ChannelCount(rs.getString(1), rs.getString(2), rs.getLong(3)),
				arguments.toArray());
	}

	/** Every task of a deadline started in the period: one grouped query for all deadlines. */
	private List<KpiReport.DeadlineFigures> deadlines(Timestamp start, Timestamp end, Reader reader) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Map<String, KpiReport.DeadlineFigures> byTask = new HashMap<>();
		List<Object> arguments = new ArrayList<>(List.of(now, now, DEADLINES.get(0)[1], DEADLINES.get(1)[1],
				DEADLINES.get(2)[1], DEADLINES.get(3)[1], start, end));
		this.jdbc.query("""
				SELECT TASK_DEF_KEY_,
				  COALESCE(SUM(CASE WHEN END_TIME_ IS NOT NULL AND (DUE_DATE_ IS NULL OR END_TIME_ <= DUE_DATE_) THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN END_TIME_ IS NOT NULL AND END_TIME_ > DUE_DATE_ THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN END_TIME_ IS NULL AND DUE_DATE_ < ? THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN END_TIME_ IS NULL AND (DUE_DATE_ IS NULL OR DUE_DATE_ >= ?) THEN 1 ELSE 0 END), 0),
				  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY DURATION_)
				FROM ACT_HI_TASKINST t WHERE TASK_DEF_KEY_ IN (?, ?, ?, ?) AND START_TIME_ >= ? AND START_TIME_ < ?"""
				+ visibleTo(reader, IS_REPORT, "t.PROC_INST_ID_", arguments) + " GROUP BY TASK_DEF_KEY_",
				rs -> {
					String task = rs.getString(1);
					String name = DEADLINES.stream().filter(d -> d[1].equals(task)).findFirst().orElseThrow()[0];
					byTask.put(task, new KpiReport.DeadlineFigures(name, task, rs.getLong(2), rs.getLong(3),
							rs.getLong(4), rs.getLong(5), Math.round(rs.getDouble(6) / 36_000.0) / 100.0));
				}, arguments.toArray());
		return DEADLINES.stream()
			.map(d -> byTask.getOrDefault(d[1], new KpiReport.DeadlineFigures(d[0], d[1], 0, 0, 0, 0, 0)))
			.toList();
	}

	/**
	 * Met and missed deadlines by the month their task started, every month of the period listed (empty ones as zero).
	 * Months are read in the database's local time, as the engine writes its timestamps.
	 */
	private List<KpiReport.MonthFigures> months(LocalDate from, LocalDate to, Timestamp start, Timestamp end,
			Reader reader) {
		Map<YearMonth, long[]> counts = new HashMap<>();
		List<Object> arguments = new ArrayList<>(List.of(DEADLINES.get(0)[1], DEADLINES.get(1)[1],
				DEADLINES.get(2)[1], DEADLINES.get(3)[1], start, end));
		this.jdbc.query("""
				SELECT EXTRACT(YEAR FROM START_TIME_), EXTRACT(MONTH FROM START_TIME_),
				  COALESCE(SUM(CASE WHEN DUE_DATE_ IS NULL OR END_TIME_ <= DUE_DATE_ THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN END_TIME_ > DUE_DATE_ THEN 1 ELSE 0 END), 0)
				FROM ACT_HI_TASKINST t WHERE TASK_DEF_KEY_ IN (?, ?, ?, ?) AND START_TIME_ >= ? AND START_TIME_ < ?
				  AND END_TIME_ IS NOT NULL"""
				+ visibleTo(reader, IS_REPORT, "t.PROC_INST_ID_", arguments)
				+ " GROUP BY EXTRACT(YEAR FROM START_TIME_), EXTRACT(MONTH FROM START_TIME_)",
				rs -> {
					counts.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), new long[] { rs.getLong(3), rs.getLong(4) });
				}, arguments.toArray());
		List<KpiReport.MonthFigures> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			long[] count = counts.getOrDefault(month, new long[2]);
			months.add(new KpiReport.MonthFigures(month.toString(), count[0], count[1]));
		}
		return months;
	}

	/** Survey answers received in the period. */
	private KpiReport.Satisfaction satisfaction(Timestamp start, Timestamp end) {
		String answers = """
				FROM ACT_HI_VARINST WHERE NAME_ = ? AND PROC_DEF_KEY_ = ? AND CREATE_TIME_ >= ? AND CREATE_TIME_ < ?""";
		long[] byScore = new long[5];
		this.jdbc.query("SELECT LONG_, COUNT(*) " + answers + " AND LONG_ BETWEEN 1 AND 5 GROUP BY LONG_", rs -> {
			byScore[rs.getInt(1) - 1] = rs.getLong(2);
		}, BeneficiaryProcess.Variables.SURVEY_SCORE, BeneficiaryProcess.PROCESS_ID, start, end);
		List<String> comments = this.jdbc.queryForList("SELECT TEXT_ " + answers
				+ " AND TEXT_ IS NOT NULL AND TEXT_ <> '' ORDER BY CREATE_TIME_ DESC", String.class, BeneficiaryProcess.Variables.SURVEY_COMMENT,
				BeneficiaryProcess.PROCESS_ID, start, end);
		return this.jdbc.queryForObject("SELECT COUNT(*), COALESCE(AVG(CAST(LONG_ AS DOUBLE PRECISION)), 0), "
				+ "COALESCE(SUM(CASE WHEN LONG_ >= 4 THEN 1 ELSE 0 END), 0) " + answers,
				(rs, row) -> new KpiReport.Satisfaction(rs.getLong(1), Math.round(rs.getDouble(2) * 100) / 100.0,
						rs.getLong(1) == 0 ? 0 : Math.round(rs.getLong(3) * 10_000.0 / rs.getLong(1)) / 10_000.0,
						Arrays.stream(byScore).boxed().toList(), comments.stream().limit(50).toList()),
				BeneficiaryProcess.Variables.SURVEY_SCORE, BeneficiaryProcess.PROCESS_ID, start, end);
	}

	private List<KpiReport.GroupLoad> openTasks(Reader reader) {
		List<Object> arguments = new ArrayList<>();
		return this.jdbc.query("""
				SELECT i.GROUP_ID_, COUNT(*), MIN(t.CREATE_TIME_)
				FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK i ON i.TASK_ID_ = t.ID_ AND i.TYPE_ = 'candidate'
				WHERE i.GROUP_ID_ IS NOT NULL"""
				+ visibleTo(reader, "t.PROC_DEF_ID_ IN (SELECT d.ID_ FROM ACT_RE_PROCDEF d WHERE d.KEY_ = '"
						+ WhistleblowerProcess.PROCESS_ID + "')", "t.PROC_INST_ID_", arguments)
				+ " GROUP BY i.GROUP_ID_ ORDER BY i.GROUP_ID_",
				(rs, row) -> new KpiReport.GroupLoad(rs.getString(1), rs.getLong(2),
						rs.getTimestamp(3).toInstant().atZone(this.clock.getZone()).toOffsetDateTime().toString()),
				arguments.toArray());
	}

}
