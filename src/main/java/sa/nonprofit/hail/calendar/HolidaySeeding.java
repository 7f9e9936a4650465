package sa.nonprofit.hail.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.StartupSeed;

/**
 * Seeds the configured holidays of each year once (app_holiday_seeded_year), so that later edits in the holiday table
 * are kept; one node at a time, so nodes starting together never insert a day twice.
 */
@Component
class HolidaySeeding implements StartupSeed {

	private static final Logger log = LoggerFactory.getLogger(HolidaySeeding.class);

	private final HolidayRepository repository;

	private final CalendarProperties properties;

	private final HolidayCalendar calendar;

	HolidaySeeding(HolidayRepository repository, CalendarProperties properties, HolidayCalendar calendar) {
		this.repository = repository;
		this.properties = properties;
		this.calendar = calendar;
	}

	@Override
	public void seed() {
		Map<Integer, List<Holiday>> byYear = this.properties.holidays()
			.stream()
			.flatMap(CalendarProperties.HolidaySeed::days)
			.collect(Collectors.groupingBy(holiday -> holiday.date().getYear()));
		byYear.forEach((year, holidays) -> {
			if (!this.repository.isYearSeeded(year)) {
				List<LocalDate> present = this.repository
					.findBetween(Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth())
					.stream()
					.map(Holiday::date)
					.toList();
				this.repository.insertAll(holidays.stream().filter(h -> !present.contains(h.date())).toList());
				this.repository.markYearSeeded(year);
				log.info("Seeded {} holidays of {} from configuration", holidays.size(), year);
			}
		});
		this.calendar.reload();
	}

}
