package sa.nonprofit.hail.calendar;

import java.time.LocalDate;

/** One day off in the holiday table. */
public record Holiday(LocalDate date, String name) {
}
