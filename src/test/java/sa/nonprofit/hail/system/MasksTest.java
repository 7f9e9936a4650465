package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a notice keeps of a forgotten recipient. */
class MasksTest {

	@Test
	void aMobileKeepsItsFirstAndLastTwoDigits() {
		assertThat(Masks.mobile("+966512345667")).isEqualTo("05XXXXXX67");
		assertThat(Masks.mobile("0512345667")).isEqualTo("05XXXXXX67");
		assertThat(Masks.mobile(null)).isNull();
	}

	@Test
	void anEmailKeepsItsFirstLetterAndDomain() {
		assertThat(Masks.email("ahmad.alharbi@x.sa")).isEqualTo("a***@x***.sa");
		// an employer's or a family's own domain would point to the person: only its first letter and its ending stay
		assertThat(Masks.email("whistle@alharbi-trading.com.sa")).isEqualTo("w***@a***.sa");
		assertThat(Masks.email("x@localhost")).isEqualTo("x***@l***");
		assertThat(Masks.email("not-an-address")).isEqualTo("***");
	}

}
