package sa.nonprofit.hail.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static sa.nonprofit.hail.calendar.ConfiguredCalendar.date;

import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Concrete deadlines across the real 2026 holidays configured in application.yaml. */
class WorkingCalendarTest {

	private final WorkingCalendar calendar = ConfiguredCalendar.calendar();

	@ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
	@CsvSource({
			"2026-03-17, 10, 2026-04-02, 'across Eid al-Fitr 19-22 March'",
			"2026-05-24, 5, 2026-06-03, 'across Eid al-Adha 26-29 May'",
			"2026-09-21, 3, 2026-09-27, 'across National Day on a Wednesday'",
			"2026-02-19, 1, 2026-02-23, 'Founding Day on a Sunday'",
			"2026-12-29, 5, 2027-01-05, 'across the year end'",
			"2026-11-26, 1, 2026-11-29, 'Thursday to Sunday over the weekend'",
			"2026-09-23, 0, 2026-09-24, 'zero days on a holiday moves to the next working day'",
			"2026-11-27, 0, 2026-11-29, 'zero days on a Friday moves to Sunday'",
			"2026-11-25, 0, 2026-11-25, 'zero days on a working day stays'" })
	void dueDatesAcrossRealHolidays(String from, int days, String expected, String why) {
		assertThat(this.calendar.plusWorkingDays(date(from), days)).isEqualTo(date(expected));
	}

	@Test
	void tenWorkingDaysAcrossEidAlFitrCountBackToTen() {
		assertThat(this.calendar.workingDaysBetween(date("2026-03-17"), date("2026-04-02"))).isEqualTo(10);
		assertThat(this.calendar.workingDaysBetween(date("2026-04-02"), date("2026-03-17"))).isEqualTo(-10);
	}

	@Test
	void holidaysAndWeekendAreNotWorkingDays() {
		assertThat(this.calendar.isWorkingDay(date("2026-09-23"))).isFalse();
		assertThat(this.calendar.isWorkingDay(date("2026-03-20"))).isFalse();
		assertThat(this.calendar.isWorkingDay(date("2026-11-28"))).isFalse();
		assertThat(this.calendar.isWorkingDay(date("2026-11-29"))).isTrue();
	}

	@Test
	void aCustomWeekend() {
		WorkingCalendar saturdaySunday = new WorkingCalendar(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of());
		assertThat(saturdaySunday.plusWorkingDays(date("2026-03-05"), 2)).isEqualTo(date("2026-03-09"));
		assertThat(saturdaySunday.isWorkingDay(date("2026-03-06"))).isTrue();
	}

	@Test
	void theDefaultWeekendIsFridayAndSaturday() {
		assertThat(ConfiguredCalendar.properties().weekend()).containsExactly(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
	}

	@Test
	void negativeCountsAndWeeksWithoutWorkingDaysAreRefused() {
		assertThatThrownBy(() -> this.calendar.plusWorkingDays(date("2026-01-01"), -1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new WorkingCalendar(List.of(DayOfWeek.values()), List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
