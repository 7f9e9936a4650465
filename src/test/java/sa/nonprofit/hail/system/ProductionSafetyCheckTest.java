package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

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

}
