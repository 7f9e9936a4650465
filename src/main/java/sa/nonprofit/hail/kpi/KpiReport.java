package sa.nonprofit.hail.kpi;

import java.time.LocalDate;
import java.util.List;

/** The figures for one period; whistleblowing appears only as counts and deadlines. */
public record KpiReport(LocalDate from, LocalDate to, List<ProcessCounts> processes, List<ChannelCount> channels,
		List<DeadlineFigures> deadlines, List<MonthFigures> months, Satisfaction satisfaction,
		List<GroupLoad> openTasks) {

	/** Instances of a process started in the period, and how many of those are still open. */
	public record ProcessCounts(String process, long started, long open, long finished) {
	}

	/** Instances started in the period by the channel they came through. */
	public record ChannelCount(String process, String channel, long count) {
	}

	/** One deadline of DESIGN.md: tasks started in the period, met, missed, open and overdue, median hours taken. */
	public record DeadlineFigures(String deadline, String task, long met, long missed, long openOverdue,
			long openInTime, double medianHours) {
	}

	/** Tasks of every deadline started in one month of the period ({@code 2031-03}): finished in time, or late. */
	public record MonthFigures(String month, long met, long missed) {
	}

	/** Survey answers received in the period; {@code byScore} counts the answers 1 to 5, in that order. */
	public record Satisfaction(long responses, double averageScore, double shareFourOrFive, List<Long> byScore,
			List<String> comments) {
	}

	/** Open tasks a group can pick up now, and since when the oldest waits. */
	public record GroupLoad(String group, long openTasks, String oldestSince) {
	}

}
