package sa.nonprofit.hail.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Working days in the association's week: not a weekend day and not a holiday. Immutable; the
 * {@link HolidayCalendar} swaps in a new instance when the holiday table changes. Days are counted on epoch-day
 * numbers with a bit set of holidays, so a deadline of hundreds of working days costs microseconds.
 */
public final class WorkingCalendar {

	private final EnumSet<DayOfWeek> weekend;

	/** Bit i set: day {@code i} of the week (Monday = 0) is a weekend day. */
	private final int weekendMask;

	/** Bit i set: epoch day {@code firstHoliday + i} is a holiday. */
	private final BitSet holidays;

	private final long firstHoliday;

	public WorkingCalendar(Collection<DayOfWeek> weekend, Collection<LocalDate> holidays) {
		if (Set.copyOf(weekend).size() >= DayOfWeek.values().length) {
			throw new IllegalArgumentException("A week needs at least one working day");
		}
		this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
		int mask = 0;
		for (DayOfWeek day : this.weekend) {
			mask |= 1 << (day.getValue() - 1);
		}
		this.weekendMask = mask;
		this.firstHoliday = holidays.stream().mapToLong(LocalDate::toEpochDay).min().orElse(0);
		this.holidays = new BitSet();
		for (LocalDate holiday : holidays) {
			this.holidays.set(Math.toIntExact(holiday.toEpochDay() - this.firstHoliday));
		}
	}

	public boolean isWorkingDay(LocalDate date) {
		return isWorkingDay(date.toEpochDay());
	}

	/**
	 * The n-th working day after {@code start}. With n = 0 the result is {@code start} itself when it is a working
	 * day, else the next working day: a deadline "within 0 working days" of a Friday falls on Sunday.
	 */
	public LocalDate plusWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative: " + n);
		}
		long day = start.toEpochDay();
		if (n == 0) {
			while (!isWorkingDay(day)) {
				day++;
			}
			return LocalDate.ofEpochDay(day);
		}
		int counted = 0;
		while (counted < n) {
			day++;
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return LocalDate.ofEpochDay(day);
	}

	/** How many working days lie after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (long day = from.toEpochDay() + 1; day <= to.toEpochDay(); day++) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	public WorkingCalendar withHolidays(Collection<LocalDate> newHolidays) {
		return new WorkingCalendar(this.weekend, newHolidays);
	}

	private boolean isWorkingDay(long epochDay) {
		// 1970-01-01 (epoch day 0) was a Thursday: Monday-based index 3.
		int dayOfWeek = (int) Math.floorMod(epochDay + 3, 7L);
		if ((this.weekendMask & (1 << dayOfWeek)) != 0) {
			return false;
		}
		long offset = epochDay - this.firstHoliday;
		return offset < 0 || offset > Integer.MAX_VALUE || !this.holidays.get((int) offset);
	}

}
