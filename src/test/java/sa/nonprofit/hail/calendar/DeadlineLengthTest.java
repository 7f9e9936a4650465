package sa.nonprofit.hail.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class DeadlineLengthTest {

	private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	private final WorkingCalendar calendar = ConfiguredCalendar.calendar();

	@Test
	void calendarDaysCountEveryDay() {
		ZonedDateTime referral = ZonedDateTime.of(2026, 9, 20, 10, 30, 0, 0, RIYADH);
		assertThat(new DeadlineLength("P14D", null).dueFrom(referral, this.calendar))
			.isEqualTo(ZonedDateTime.of(2026, 10, 4, 10, 30, 0, 0, RIYADH));
	}

	@Test
	void workingDaysSkipWeekendsAndHolidaysAndKeepTheTimeOfDay() {
		ZonedDateTime referral = ZonedDateTime.of(2026, 9, 21, 9, 15, 0, 0, RIYADH);
		assertThat(new DeadlineLength(null, 10).dueFrom(referral, this.calendar))
			.isEqualTo(ZonedDateTime.of(2026, 10, 6, 9, 15, 0, 0, RIYADH));
	}

	@Test
	void exactlyOneKindOfLengthIsAccepted() {
		assertThatThrownBy(() -> new DeadlineLength(null, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DeadlineLength("P1D", 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DeadlineLength("two weeks", null)).isInstanceOf(RuntimeException.class);
	}

}
