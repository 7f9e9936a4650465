package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductionSafetyCheckTest {

	@ParameterizedTest
	@CsvSource({ "admin,short1!", "admin,password123", "admin,myadminpassword9", "admin,onlylettershere",
			"admin,123456789012345" })
	void weakPasswordsAreNamed(String user, String password) {
		assertThat(ProductionSafetyCheck.weakness(user, password)).isNotNull();
	}

	@ParameterizedTest
	@CsvSource({ "admin,Hail-2026-strong", "boss,correct horse battery 7" })
	void strongPasswordsPass(String user, String password) {
		assertThat(ProductionSafetyCheck.weakness(user, password)).isNull();
	}

	@Test
	void prodNeedsADataKey() {
		assertThatThrownBy(() -> ProductionSafetyCheck.checkDataKeys(" "))
			.isInstanceOf(UnsafeConfigurationException.class)
			.hasMessageContaining("No data key is set for the 'prod' profile");
	}

	@Test
	void prodRefusesAMalformedDataKey() {
		assertThatThrownBy(() -> ProductionSafetyCheck.checkDataKeys("2026:c2hvcnQ="))
			.isInstanceOf(UnsafeConfigurationException.class)
			.hasMessageContaining("AES-256 needs exactly 32");
	}

	@Test
	void prodRefusesTheDemoKeyUnderAnyId() {
		assertThatThrownBy(() -> ProductionSafetyCheck.checkDataKeys(
				"ours:zfHMdLe9r99oAbW9LxsWOEYBjkMwfUUj5/aMazoYbOA=,mine:wmgNs69X+0mWRLxwD4p1/1XcmKTGlHpoT6eyHbDjjXI="))
			.isInstanceOf(UnsafeConfigurationException.class)
			.hasMessageContaining("demo profile's key");
	}

	/* The attack: the demo key written without its Base64 padding is the same key to the decoder. */
	@Test
	void prodRefusesTheDemoKeyWrittenWithoutItsPadding() {
		assertThatThrownBy(() -> ProductionSafetyCheck.checkDataKeys("k1:wmgNs69X+0mWRLxwD4p1/1XcmKTGlHpoT6eyHbDjjXI"))
			.isInstanceOf(UnsafeConfigurationException.class)
			.hasMessageContaining("demo profile's key");
	}

	@Test
	void prodAcceptsKeysOfItsOwn() {
		assertThatCode(() -> ProductionSafetyCheck.checkDataKeys("ours:zfHMdLe9r99oAbW9LxsWOEYBjkMwfUUj5/aMazoYbOA="))
			.doesNotThrowAnyException();
	}

}
