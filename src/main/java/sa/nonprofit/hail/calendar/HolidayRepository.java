package sa.nonprofit.hail.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The holiday table, {@code app_holiday} (schema by Flyway). */
@Repository
class HolidayRepository {

	private final JdbcTemplate jdbc;

	HolidayRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Holiday> findAll() {
		return this.jdbc.query("SELECT holiday_date, name FROM app_holiday ORDER BY holiday_date",
				(rs, row) -> new Holiday(rs.getDate(1).toLocalDate(), rs.getString(2)));
	}

	List<Holiday> findBetween(LocalDate from, LocalDate to) {
		return this.jdbc.query(
				"SELECT holiday_date, name FROM app_holiday WHERE holiday_date BETWEEN ? AND ? ORDER BY holiday_date",
				(rs, row) -> new Holiday(rs.getDate(1).toLocalDate(), rs.getString(2)), Date.valueOf(from),
				Date.valueOf(to));
	}

	void insertAll(Collection<Holiday> holidays) {
		this.jdbc.batchUpdate("INSERT INTO app_holiday (holiday_date, name) VALUES (?, ?)",
				holidays.stream().map(h -> new Object[] { Date.valueOf(h.date()), h.name() }).toList());
	}

	int deleteBetween(LocalDate from, LocalDate to) {
		return this.jdbc.update("DELETE FROM app_holiday WHERE holiday_date BETWEEN ? AND ?", Date.valueOf(from),
				Date.valueOf(to));
	}

	boolean isYearSeeded(int year) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM app_holiday_seeded_year WHERE seeded_year = ?",
				Integer.class, year);
		return count != null && count > 0;
	}

	void markYearSeeded(int year) {
		this.jdbc.update("INSERT INTO app_holiday_seeded_year (seeded_year) VALUES (?)", year);
	}

}
