package sa.nonprofit.hail.kpi;

/** The same figures as CSV for the board's reports: one row per figure, section,subject,measure,value. */
final class KpiCsv {

	private KpiCsv() {
	}

	static String write(KpiReport report) {
		StringBuilder csv = new StringBuilder("section,subject,measure,value\n");
		for (KpiReport.ProcessCounts p : report.processes()) {
			row(csv, "process", p.process(), "started", p.started());
			row(csv, "process", p.process(), "open", p.open());
			row(csv, "process", p.process(), "finished", p.finished());
		}
		for (KpiReport.ChannelCount c : report.channels()) {
			row(csv, "channel", c.process() + "/" + c.channel(), "count", c.count());
		}
		for (KpiReport.DeadlineFigures d : report.deadlines()) {
			row(csv, "deadline", d.deadline(), "met", d.met());
			row(csv, "deadline", d.deadline(), "missed", d.missed());
			row(csv, "deadline", d.deadline(), "openOverdue", d.openOverdue());
			row(csv, "deadline", d.deadline(), "openInTime", d.openInTime());
			row(csv, "deadline", d.deadline(), "medianHours", d.medianHours());
		}
		KpiReport.Satisfaction s = report.satisfaction();
		row(csv, "satisfaction", "survey", "responses", s.responses());
		row(csv, "satisfaction", "survey", "averageScore", s.averageScore());
		row(csv, "satisfaction", "survey", "shareFourOrFive", s.shareFourOrFive());
		for (KpiReport.GroupLoad g : report.openTasks()) {
			row(csv, "openTasks", g.group(), "count", g.openTasks());
			row(csv, "openTasks", g.group(), "oldestSince", g.oldestSince());
		}
		return csv.toString();
	}

	private static void row(StringBuilder csv, String section, String subject, String measure, Object value) {
		csv.append(section).append(',').append(quote(subject)).append(',').append(measure).append(',')
			.append(quote(String.valueOf(value))).append('\n');
	}

	private static String quote(String value) {
		return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
