package sa.nonprofit.hail.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the working calendar over random weekends, holiday tables (up to 200 days) and start dates. */
class WorkingCalendarProperties {

	private static final LocalDate EPOCH = LocalDate.of(2025, 1, 1);

	@Property
	void theDueDateIsAWorkingDay(@ForAll("dates") LocalDate start, @ForAll @IntRange(max = 300) int n,
			@ForAll("weekends") Set<DayOfWeek> weekend, @ForAll("holidays") Set<LocalDate> holidays) {
		WorkingCalendar calendar = new WorkingCalendar(weekend, holidays);
		assertThat(calendar.isWorkingDay(calendar.plusWorkingDays(start, n))).isTrue();
	}

	@Property
	void exactlyNWorkingDaysLieBetween(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 300) int n,
			@ForAll("weekends") Set<DayOfWeek> weekend, @ForAll("holidays") Set<LocalDate> holidays) {
		WorkingCalendar calendar = new WorkingCalendar(weekend, holidays);
		assertThat(calendar.workingDaysBetween(start, calendar.plusWorkingDays(start, n))).isEqualTo(n);
	}

	@Property
	void anotherHolidayNeverMakesADueDateEarlier(@ForAll("dates") LocalDate start, @ForAll @IntRange(max = 300) int n,
			@ForAll("weekends") Set<DayOfWeek> weekend, @ForAll("holidays") Set<LocalDate> holidays,
			@ForAll("dates") LocalDate extra) {
		WorkingCalendar before = new WorkingCalendar(weekend, holidays);
		Set<LocalDate> more = new HashSet<>(holidays);
		more.add(extra);
		WorkingCalendar after = new WorkingCalendar(weekend, more);
		assertThat(after.plusWorkingDays(start, n)).isAfterOrEqualTo(before.plusWorkingDays(start, n));
	}

	/** Decided: zero working days from a day off is the next working day, and nothing earlier is skipped. */
	@Property
	void zeroDaysFromADayOffIsTheNextWorkingDay(@ForAll("dates") LocalDate start,
			@ForAll("weekends") Set<DayOfWeek> weekend, @ForAll("holidays") Set<LocalDate> holidays) {
		Set<LocalDate> withStart = new HashSet<>(holidays);
		withStart.add(start);
		WorkingCalendar calendar = new WorkingCalendar(weekend, withStart);
		LocalDate due = calendar.plusWorkingDays(start, 0);
		assertThat(due).isAfter(start);
		assertThat(calendar.isWorkingDay(due)).isTrue();
		assertThat(start.datesUntil(due)).noneMatch(calendar::isWorkingDay);
	}

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.integers().between(0, 3 * 365).map(EPOCH::plusDays);
	}

	@Provide
	Arbitrary<Set<LocalDate>> holidays() {
		return dates().set().ofMaxSize(200);
	}

	@Provide
	Arbitrary<Set<DayOfWeek>> weekends() {
		return Arbitraries.of(DayOfWeek.class).set().ofMaxSize(5);
	}

}
