package sa.nonprofit.hail.calendar;

import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;

/**
 * How long a deadline runs: either calendar time as an ISO-8601 duration ({@code calendar: P14D}) or a count of
 * working days on the Saudi working calendar ({@code working-days: 10}). Exactly one of the two is set.
 */
public record DeadlineLength(String calendar, Integer workingDays) {

	public DeadlineLength {
		if ((calendar == null) == (workingDays == null)) {
			throw new IllegalArgumentException("Set exactly one of 'calendar' (ISO-8601, e.g. P14D) or 'working-days'");
		}
		if (workingDays != null && workingDays < 0) {
			throw new IllegalArgumentException("'working-days' must not be negative");
		}
		if (calendar != null) {
			amount(calendar);
		}
	}

	/** The moment this deadline falls due when it starts at {@code start}: working days keep the time of day. */
	public ZonedDateTime dueFrom(ZonedDateTime start, WorkingCalendar workingCalendar) {
		if (this.workingDays != null) {
			return workingCalendar.plusWorkingDays(start.toLocalDate(), this.workingDays)
				.atTime(start.toLocalTime())
				.atZone(start.getZone());
		}
		return start.plus(amount(this.calendar));
	}

	private static TemporalAmount amount(String iso) {
		return iso.contains("T") ? Duration.parse(iso) : Period.parse(iso);
	}

}
