package sa.nonprofit.hail.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the working calendar over random weekends, holiday tables (up to 200 days) and start dates: 1,000 cases per
 * law, drawn from a fixed seed (printed in each case's name), so a failure is the same on every machine and rerun.
 */
class WorkingCalendarPropertiesTest {

	static final long SEED = 20_261_125L;

	static final int CASES = 1000;

	private static final LocalDate EPOCH = LocalDate.of(2025, 1, 1);

	/** One drawn case: a start, a number of working days, a weekend, a holiday table and one more date. */
	record Case(int index, LocalDate start, int n, Set<DayOfWeek> weekend, Set<LocalDate> holidays, LocalDate extra) {

		@Override
		public String toString() {
			return "seed " + SEED + " case " + this.index + ": start " + this.start + ", n " + this.n + ", weekend "
					+ this.weekend + ", " + this.holidays.size() + " holidays, extra " + this.extra;
		}

	}

	static Stream<Arguments> cases() {
		Random random = new Random(SEED);
		return IntStream.range(0, CASES).mapToObj(index -> Arguments.of(draw(index, random)));
	}

	private static Case draw(int index, Random random) {
		Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
		int days = random.nextInt(6);
		while (weekend.size() < days) {
			weekend.add(DayOfWeek.values()[random.nextInt(7)]);
		}
		Set<LocalDate> holidays = new HashSet<>();
		int count = random.nextInt(201);
		for (int i = 0; i < count; i++) {
			holidays.add(date(random));
		}
		return new Case(index, date(random), random.nextInt(301), weekend, holidays, date(random));
	}

	private static LocalDate date(Random random) {
		return EPOCH.plusDays(random.nextInt(3 * 365 + 1));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theDueDateIsAWorkingDay(Case c) {
		WorkingCalendar calendar = new WorkingCalendar(c.weekend(), c.holidays());
		assertThat(calendar.isWorkingDay(calendar.plusWorkingDays(c.start(), c.n()))).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void exactlyNWorkingDaysLieBetween(Case c) {
		int n = Math.max(1, c.n());
		WorkingCalendar calendar = new WorkingCalendar(c.weekend(), c.holidays());
		assertThat(calendar.workingDaysBetween(c.start(), calendar.plusWorkingDays(c.start(), n))).isEqualTo(n);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void anotherHolidayNeverMakesADueDateEarlier(Case c) {
		WorkingCalendar before = new WorkingCalendar(c.weekend(), c.holidays());
		Set<LocalDate> more = new HashSet<>(c.holidays());
		more.add(c.extra());
		WorkingCalendar after = new WorkingCalendar(c.weekend(), more);
		assertThat(after.plusWorkingDays(c.start(), c.n())).isAfterOrEqualTo(before.plusWorkingDays(c.start(), c.n()));
	}

	/** Decided: zero working days from a day off is the next working day, and nothing earlier is skipped. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void zeroDaysFromADayOffIsTheNextWorkingDay(Case c) {
		Set<LocalDate> withStart = new HashSet<>(c.holidays());
		withStart.add(c.start());
		WorkingCalendar calendar = new WorkingCalendar(c.weekend(), withStart);
		LocalDate due = calendar.plusWorkingDays(c.start(), 0);
		assertThat(due).isAfter(c.start());
		assertThat(calendar.isWorkingDay(due)).isTrue();
		assertThat(c.start().datesUntil(due)).noneMatch(calendar::isWorkingDay);
	}

}
