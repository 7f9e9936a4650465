package sa.nonprofit.hail.kpi;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.beneficiary.Channel;
import sa.nonprofit.hail.calendar.ArabicCounts;
import sa.nonprofit.hail.calendar.HijriDates;
import sa.nonprofit.hail.identity.StaffGroup;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * The figures as the KPI page shows them: Arabic names for processes, channels, deadlines and groups, dates in Hijri
 * and Gregorian, durations in days and hours, and bars sized for the charts (0 to 100).
 */
record KpiView(String from, String to, List<Row> processes, List<Chart> channels, List<DeadlineRow> deadlines,
		List<Month> months, boolean anyDeadline, Satisfaction satisfaction, List<Load> load) {

	private static final Locale ARABIC = Locale.forLanguageTag("ar-SA");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM y", ARABIC)
		.withDecimalStyle(DecimalStyle.of(ARABIC));

	private static final Map<String, String> PROCESSES = Map.of(BeneficiaryProcess.PROCESS_ID, "طلبات الدعم",
			WhistleblowerProcess.PROCESS_ID, "البلاغات");

	private static final Map<String, String> DEADLINES = Map.of("committee-decision", "قرار لجنة البحث في الطلب",
			"report-acknowledgement", "إشعار المبلّغ باستلام بلاغه", "leadership-informed", "إطلاع القيادة على البلاغ",
			"violations-investigation", "توصية لجنة المخالفات");

	/** One process: how many started in the period, how many of those are open and finished. */
	record Row(String name, String started, String open, String finished) {
	}

	/** A horizontal bar: what it counts, the count, and its length as a share of the longest. */
	record Bar(String label, String count, int length) {

		/** Where the bar starts, so that it grows from the right as Arabic reads. */
		public int start() {
			return 100 - this.length;
		}

	}

	record Chart(String title, List<Bar> bars) {
	}

	record DeadlineRow(String name, String met, String missed, String openOverdue, String openInTime, String median) {
	}

	/** A month's column: deadlines met (bottom) and missed (on top), heights out of 100. */
	record Month(String label, String met, String missed, int metHeight, int missedHeight) {

		public int metTop() {
			return 100 - this.metHeight;
		}

		public int missedTop() {
			return 100 - this.metHeight - this.missedHeight;
		}

	}

	record Satisfaction(String responses, String average, String shareFourOrFive, List<Bar> scores,
			List<String> comments) {
	}

	record Load(String group, String openTasks, String oldestSince, String waiting) {
	}

	static KpiView of(KpiReport report, OffsetDateTime now) {
		return new KpiView(HijriDates.format(report.from()), HijriDates.format(report.to()),
				report.processes().stream().map(KpiView::row).toList(), channels(report), deadlines(report),
				months(report), report.months().stream().anyMatch(m -> m.met() + m.missed() > 0),
				satisfaction(report.satisfaction()), report.openTasks().stream().map(g -> load(g, now)).toList());
	}

	private static Row row(KpiReport.ProcessCounts counts) {
		return new Row(processName(counts.process()), n(counts.started()), n(counts.open()), n(counts.finished()));
	}

	private static List<Chart> channels(KpiReport report) {
		return PROCESSES.keySet().stream().sorted().map(process -> {
			List<KpiReport.ChannelCount> counts = report.channels().stream()
				.filter(c -> c.process().equals(process))
				.toList();
			long most = counts.stream().mapToLong(KpiReport.ChannelCount::count).max().orElse(1);
			return new Chart(processName(process), counts.stream()
				.map(c -> new Bar(channelName(process, c.channel()), n(c.count()), share(c.count(), most)))
				.toList());
		}).filter(chart -> !chart.bars().isEmpty()).toList();
	}

	private static List<DeadlineRow> deadlines(KpiReport report) {
		return report.deadlines().stream()
			.map(d -> new DeadlineRow(DEADLINES.getOrDefault(d.deadline(), d.deadline()), n(d.met()), n(d.missed()),
					n(d.openOverdue()), n(d.openInTime()), d.met() + d.missed() == 0 ? "—"
							: ArabicCounts.duration(Duration.ofMinutes(Math.round(d.medianHours() * 60)))))
			.toList();
	}

	private static List<Month> months(KpiReport report) {
		long most = report.months().stream().mapToLong(m -> m.met() + m.missed()).max().orElse(0);
		return report.months().stream()
			.map(m -> new Month(MONTH.format(YearMonth.parse(m.month())), n(m.met()), n(m.missed()),
					share(m.met(), most), share(m.missed(), most)))
			.toList();
	}

	private static Satisfaction satisfaction(KpiReport.Satisfaction s) {
		List<Long> byScore = s.byScore();
		long most = byScore.stream().mapToLong(Long::longValue).max().orElse(0);
		List<Bar> scores = Arrays.asList(new Bar[byScore.size()]);
		for (int score = byScore.size(); score >= 1; score--) {
			long answers = byScore.get(score - 1);
			scores.set(byScore.size() - score, new Bar("★".repeat(score), n(answers), share(answers, most)));
		}
		String average = s.responses() == 0 ? "—"
				: String.format(ARABIC, "%.1f", s.averageScore()).replace('.', '٫') + " من ٥";
		String share = s.responses() == 0 ? "—" : n(Math.round(s.shareFourOrFive() * 100)) + "٪";
		return new Satisfaction(n(s.responses()), average, share, scores, s.comments());
	}

	private static Load load(KpiReport.GroupLoad group, OffsetDateTime now) {
		OffsetDateTime oldest = OffsetDateTime.parse(group.oldestSince());
		LocalDate since = oldest.toLocalDate();
		Duration waiting = Duration.between(oldest, now);
		return new Load(groupName(group.group()), n(group.openTasks()), HijriDates.format(since),
				waiting.isNegative() ? "" : ArabicCounts.duration(waiting));
	}

	private static String processName(String process) {
		return PROCESSES.getOrDefault(process, process);
	}

	private static String channelName(String process, String channel) {
		try {
			return process.equals(WhistleblowerProcess.PROCESS_ID)
					? WhistleblowerProcess.Channel.valueOf(channel).arabicName() : Channel.valueOf(channel).arabicName();
		}
		catch (IllegalArgumentException | NullPointerException unknown) {
			return String.valueOf(channel);
		}
	}

	private static String groupName(String group) {
		return Arrays.stream(StaffGroup.values())
			.filter(g -> g.id().equals(group))
			.map(StaffGroup::arabicName)
			.findFirst()
			.orElse(group);
	}

	private static int share(long count, long most) {
		return most <= 0 ? 0 : (int) Math.round(count * 100.0 / most);
	}

	private static String n(long count) {
		return ArabicCounts.digits(count);
	}

}
