package sa.nonprofit.hail.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.nonprofit.hail.system.Refusal;

/**
 * The working calendar every deadline uses. Holidays are read from the database once and cached; an administrator's
 * edit replaces the cache at once, and every node re-reads the table periodically for edits made elsewhere.
 */
@Service
public class HolidayCalendar {

	static final int MAX_RANGE_DAYS = 366;

	private final HolidayRepository repository;

	private volatile WorkingCalendar calendar;

	HolidayCalendar(HolidayRepository repository, CalendarProperties properties) {
		this.repository = repository;
		this.calendar = new WorkingCalendar(properties.weekend(), List.of());
		reload();
	}

	/** The calendar as of now; immutable, so callers may keep it for a whole computation. */
	public WorkingCalendar current() {
		return this.calendar;
	}

	public LocalDate plusWorkingDays(LocalDate start, int n) {
		return this.calendar.plusWorkingDays(start, n);
	}

	public List<Holiday> list(LocalDate from, LocalDate to) {
		return this.repository.findBetween(from, to);
	}

	/** Adds the days from {@code from} to {@code to} as one named holiday; all or nothing. */
	@Transactional
	public List<Holiday> add(LocalDate from, LocalDate to, String name) {
		if (from == null || to == null) {
			throw Refusal.invalid("التاريخ مطلوب بصيغة YYYY-MM-DD", "A date is required, as YYYY-MM-DD");
		}
		if (name == null || name.isBlank()) {
			throw Refusal.invalid("اسم الإجازة مطلوب", "The holiday needs a name");
		}
		if (name.length() > 200) {
			throw Refusal.invalid("اسم الإجازة أطول من ٢٠٠ حرف", "The holiday name is longer than 200 characters");
		}
		if (to.isBefore(from)) {
			throw Refusal.invalid("تاريخ نهاية الإجازة قبل تاريخ بدايتها", "The range ends before it starts");
		}
		if (from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
			throw Refusal.invalid("المدة أطول من سنة", "The range is longer than a year");
		}
		List<Holiday> clashes = this.repository.findBetween(from, to);
		if (!clashes.isEmpty()) {
			throw Refusal.conflict("يوجد في هذه المدة إجازة مسجلة: " + clashes.get(0).date(),
					"A holiday is already recorded in this range: " + clashes.get(0).date());
		}
		List<Holiday> days = from.datesUntil(to.plusDays(1)).map(day -> new Holiday(day, name.strip())).toList();
		this.repository.insertAll(days);
		reload();
		return days;
	}

	/** Removes every holiday from {@code from} to {@code to}; returns how many days were removed. */
	@Transactional
	public int remove(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw Refusal.invalid("تاريخ النهاية قبل تاريخ البداية", "The range ends before it starts");
		}
		int removed = this.repository.deleteBetween(from, to);
		reload();
		return removed;
	}

	@Scheduled(fixedDelayString = "${app.calendar.refresh-interval:PT5M}",
			initialDelayString = "${app.calendar.refresh-interval:PT5M}")
	public void reload() {
		this.calendar = this.calendar
			.withHolidays(this.repository.findAll().stream().map(Holiday::date).toList());
	}

}
