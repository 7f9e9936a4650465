package sa.nonprofit.hail.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * One stage of a case as the person who sent it may follow it on the tracking page: its name, whether it is done (and
 * when), the current one, or still to come, with a promised date where the process has one. Dates are ISO days in the
 * association's zone ({@code at}, {@code due}) and, for Arabic readers, Hijri with the Gregorian date beside it.
 */
public record ProgressStep(String key, String nameAr, String nameEn, State state, String at, String atDisplay,
		String due, String dueDisplay, String noteAr, String noteEn) {

	/** Where a stage stands: done, the current one, still to come, or passed over by the way the case went. */
	public enum State {
		DONE, CURRENT, UPCOMING, SKIPPED
	}

	/** What happens next and, where promised, by when. */
	public record Next(String nameAr, String nameEn, String due, String dueDisplay) {
	}

	public static ProgressStep of(String key, String nameAr, String nameEn, State state, Date at, ZoneId zone) {
		LocalDate day = day(at, zone);
		return new ProgressStep(key, nameAr, nameEn, state, iso(day), display(day), "", "", "", "");
	}

	/** The same step with a promised date. */
	public ProgressStep due(Date due, ZoneId zone) {
		LocalDate day = day(due, zone);
		return new ProgressStep(this.key, this.nameAr, this.nameEn, this.state, this.at, this.atDisplay, iso(day),
				display(day), this.noteAr, this.noteEn);
	}

	/** The same step with a note in both languages (an outcome the reader is owed, what is awaited from them). */
	public ProgressStep note(String arabic, String english) {
		return new ProgressStep(this.key, this.nameAr, this.nameEn, this.state, this.at, this.atDisplay, this.due,
				this.dueDisplay, arabic, english);
	}

	public static Next next(String nameAr, String nameEn, Date due, ZoneId zone) {
		LocalDate day = day(due, zone);
		return new Next(nameAr, nameEn, iso(day), display(day));
	}

	private static LocalDate day(Date date, ZoneId zone) {
		return date == null ? null : date.toInstant().atZone(zone).toLocalDate();
	}

	private static String iso(LocalDate day) {
		return day == null ? "" : day.toString();
	}

	/** Hijri first with the Gregorian date beside it; as {@link HijriDates} writes it. */
	private static String display(LocalDate day) {
		return day == null ? "" : HijriDates.format(day);
	}

}
