package sa.nonprofit.hail.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working week and the holidays seeded into the holiday table (each year once, so administrators' edits stay).
 * @param weekend days off every week (Saudi private sector: Friday and Saturday)
 * @param holidays single days ({@code date}) or ranges ({@code from}, {@code to}), each with a name
 * @param refreshInterval how often each node re-reads the holiday table, for edits made on another node
 */
@ConfigurationProperties("app.calendar")
public record CalendarProperties(@DefaultValue({ "FRIDAY", "SATURDAY" }) List<DayOfWeek> weekend,
		@DefaultValue List<HolidaySeed> holidays, @DefaultValue("PT5M") Duration refreshInterval) {

	/** A configured holiday: one day, or a range of days. */
	public record HolidaySeed(LocalDate date, LocalDate from, LocalDate to, String name) {

		Stream<Holiday> days() {
			LocalDate first = this.date != null ? this.date : this.from;
			LocalDate last = this.date != null ? this.date : this.to;
			return first.datesUntil(last.plusDays(1)).map(day -> new Holiday(day, this.name));
		}

	}

}
