package sa.nonprofit.hail.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.support.ApplicationTest;

/** Deadlines read holidays from memory: a row written behind the service's back is seen only after a reload. */
@ApplicationTest
class HolidayCalendarCacheTest {

	private static final LocalDate DAY = LocalDate.of(2030, 5, 5);

	@Autowired
	HolidayCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("DELETE FROM app_holiday WHERE holiday_date = ?", java.sql.Date.valueOf(DAY));
		this.calendar.reload();
	}

	@Test
	void callsDoNotTouchTheDatabaseUntilTheCacheIsRefreshed() {
		assertThat(this.calendar.current().isWorkingDay(DAY)).isTrue();
		this.jdbc.update("INSERT INTO app_holiday (holiday_date, name) VALUES (?, ?)", java.sql.Date.valueOf(DAY), "x");
		assertThat(this.calendar.current().isWorkingDay(DAY)).as("served from the cache").isTrue();
		this.calendar.reload();
		assertThat(this.calendar.current().isWorkingDay(DAY)).isFalse();
	}

}
