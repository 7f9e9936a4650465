package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SaudiIdentifiersTest {

	@ParameterizedTest
	@ValueSource(strings = { "1000000008", "2000000006", "1234567897", "1045678909" })
	void validCitizenAndResidentNumbersPass(String id) {
		assertThat(SaudiIdentifiers.isValidNationalId(id)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000009", "3000000001", "0000000000", "100000000", "10000000080", "10000a0008", "" })
	void wrongCheckDigitPrefixOrLengthFail(String id) {
		assertThat(SaudiIdentifiers.isValidNationalId(id)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "'١٠٠٠٠٠٠٠٠٨', 1000000008", "'۱۰۰۰۰۰۰۰۰۸', 1000000008", "' 1000-000 008 ', 1000000008" })
	void arabicIndicDigitsSpacesAndDashesAreNormalised(String raw, String expected) {
		assertThat(SaudiIdentifiers.normaliseDigits(raw)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0512345678", "512345678", "+966512345678", "966512345678", "00966512345678",
			"٠٥١٢٣٤٥٦٧٨", "051 234 5678", "+966 51-234-5678" })
	void saudiMobilesInAnyWritingBecomeInternational(String raw) {
		assertThat(SaudiIdentifiers.normaliseMobile(raw)).hasValue("+966512345678");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0412345678", "05123456", "051234567890", "+971512345678", "abc", "" })
	void otherNumbersAreNotSaudiMobiles(String raw) {
		assertThat(SaudiIdentifiers.normaliseMobile(raw)).isEmpty();
	}

}
