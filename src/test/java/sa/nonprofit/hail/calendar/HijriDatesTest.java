package sa.nonprofit.hail.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HijriDatesTest {

	@Test
	void showsUmmAlQuraFirstAndGregorianInBracketsWithArabicDigits() {
		assertThat(HijriDates.format(LocalDate.of(2026, 3, 5))).isEqualTo("١٦ رمضان ١٤٤٧ هـ (٥ مارس ٢٠٢٦)");
		assertThat(HijriDates.hijriIso(LocalDate.of(2026, 3, 20))).isEqualTo("1447-10-01");
	}

	@Test
	void fallsBackToGregorianOutsideTheUmmAlQuraTable() {
		assertThat(HijriDates.format(LocalDate.of(1800, 1, 1))).isEqualTo("١ يناير ١٨٠٠");
		assertThat(HijriDates.hijriOnly(LocalDate.of(2200, 1, 1))).isEmpty();
	}

}
