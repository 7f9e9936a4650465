package sa.nonprofit.hail.kpi;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.AssociationApplication;
import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * The figures, read with SQL from Camunda's history tables: a handful of aggregate queries per report, each served by
 * an index (V8__kpi_indexes.sql), so the cost grows with the period asked for, not with all history.
 */
@Service
class KpiQueries {

	static final ZoneId ZONE = ZoneId.of(AssociationApplication.TIME_ZONE);

	/** The deadlines of DESIGN.md and the task that carries each. */
	static final List<String[]> DEADLINES = List.of(
			new String[] { "committee-decision", BeneficiaryProcess.Elements.COMMITTEE_DECISION },
			new String[] { "report-acknowledgement", WhistleblowerProcess.Elements.ACKNOWLEDGE },
			new String[] { "leadership-informed", WhistleblowerProcess.Elements.NOTIFY_LEADERSHIP },
			new String[] { "violations-investigation", WhistleblowerProcess.Elements.INVESTIGATION });

	private static final List<String> PROCESSES = List.of(BeneficiaryProcess.PROCESS_ID, WhistleblowerProcess.PROCESS_ID);

	private final JdbcTemplate jdbc;

	KpiQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	KpiReport report(LocalDate from, LocalDate to) {
		Timestamp start = Timestamp.from(from.atStartOfDay(ZONE).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant());
		return new KpiReport(from, to, processes(start, end), channels(start, end), deadlines(start, end),
				satisfaction(start, end), openTasks());
	}

	private List<KpiReport.ProcessCounts> processes(Timestamp start, Timestamp end) {
		return PROCESSES.stream().map(process -> this.jdbc.queryForObject("""
				SELECT COUNT(*), COALESCE(SUM(CASE WHEN END_TIME_ IS NULL THEN 1 ELSE 0 END), 0)
				FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND START_TIME_ >= ? AND START_TIME_ < ?""",
				(rs, row) -> new KpiReport.ProcessCounts(process, rs.getLong(1), rs.getLong(2),
						rs.getLong(1) - rs.getLong(2)),
				process, start, end)).toList();
	}

	private List<KpiReport.ChannelCount> channels(Timestamp start, Timestamp end) {
		return this.jdbc.query("""
				SELECT p.PROC_DEF_KEY_, v.TEXT_, COUNT(*)
				FROM ACT_HI_PROCINST p JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = p.ID_ AND v.NAME_ = 'channel'
				WHERE p.PROC_DEF_KEY_ IN (?, ?) AND p.START_TIME_ >= ? AND p.START_TIME_ < ?
				GROUP BY p.PROC_DEF_KEY_, v.TEXT_ ORDER BY p.PROC_DEF_KEY_, v.TEXT_""",
				(rs, row) -> new KpiReport.ChannelCount(rs.getString(1), rs.getString(2), rs.getLong(3)),
				PROCESSES.get(0), PROCESSES.get(1), start, end);
	}

	private List<KpiReport.DeadlineFigures> deadlines(Timestamp start, Timestamp end) {
		Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
		return DEADLINES.stream().map(deadline -> this.jdbc.queryForObject("""
				SELECT
				  COALESCE(SUM(CASE WHEN END_TIME_ IS NOT NULL AND (DUE_DATE_ IS NULL OR END_TIME_ <= DUE_DATE_) THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN END_TIME_ IS NOT NULL AND END_TIME_ > DUE_DATE_ THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN END_TIME_ IS NULL AND DUE_DATE_ < ? THEN 1 ELSE 0 END), 0),
				  COALESCE(SUM(CASE WHEN END_TIME_ IS NULL AND (DUE_DATE_ IS NULL OR DUE_DATE_ >= ?) THEN 1 ELSE 0 END), 0),
				  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY DURATION_)
				FROM ACT_HI_TASKINST WHERE TASK_DEF_KEY_ = ? AND START_TIME_ >= ? AND START_TIME_ < ?""",
				(rs, row) -> new KpiReport.DeadlineFigures(deadline[0], deadline[1], rs.getLong(1), rs.getLong(2),
						rs.getLong(3), rs.getLong(4), Math.round(rs.getDouble(5) / 36_000.0) / 100.0),
				now, now, deadline[1], start, end)).toList();
	}

	private KpiReport.Satisfaction satisfaction(Timestamp start, Timestamp end) {
		String scores = """
				FROM ACT_HI_VARINST v JOIN ACT_HI_PROCINST p ON p.ID_ = v.PROC_INST_ID_
				WHERE v.NAME_ = ? AND p.PROC_DEF_KEY_ = ? AND p.START_TIME_ >= ? AND p.START_TIME_ < ?""";
		List<String> comments = this.jdbc.queryForList("SELECT v.TEXT_ " + scores
				+ " AND v.TEXT_ IS NOT NULL AND v.TEXT_ <> '' ORDER BY p.START_TIME_ DESC", String.class,
				"surveyComment", BeneficiaryProcess.PROCESS_ID, start, end);
		return this.jdbc.queryForObject("SELECT COUNT(*), COALESCE(AVG(CAST(v.LONG_ AS DOUBLE PRECISION)), 0), "
				+ "COALESCE(SUM(CASE WHEN v.LONG_ >= 4 THEN 1 ELSE 0 END), 0) " + scores,
				(rs, row) -> new KpiReport.Satisfaction(rs.getLong(1), Math.round(rs.getDouble(2) * 100) / 100.0,
						rs.getLong(1) == 0 ? 0 : Math.round(rs.getLong(3) * 10_000.0 / rs.getLong(1)) / 10_000.0,
						comments.stream().limit(50).toList()),
				"surveyScore", BeneficiaryProcess.PROCESS_ID, start, end);
	}

	private List<KpiReport.GroupLoad> openTasks() {
		return this.jdbc.query("""
				SELECT i.GROUP_ID_, COUNT(*), MIN(t.CREATE_TIME_)
				FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK i ON i.TASK_ID_ = t.ID_ AND i.TYPE_ = 'candidate'
				WHERE i.GROUP_ID_ IS NOT NULL
				GROUP BY i.GROUP_ID_ ORDER BY i.GROUP_ID_""",
				(rs, row) -> new KpiReport.GroupLoad(rs.getString(1), rs.getLong(2),
						rs.getTimestamp(3).toInstant().atZone(ZONE).toOffsetDateTime().toString()));
	}

}
