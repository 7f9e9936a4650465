package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** APP_DATA_KEYS is read strictly: anything but id:32-byte-Base64 pairs stops the start, naming the problem only. */
class DataKeysTest {

	private static final String KEY = "3BNlkPqk/jGAM4ullxMbHKTtdIX0rVDwSTgyzLbZ/FA=";

	@Test
	void theFirstKeySealsAndAllAreKept() {
		DataKeys keys = DataKeys.parse(" 2026b:" + KEY + " , 2026a:zfHMdLe9r99oAbW9LxsWOEYBjkMwfUUj5/aMazoYbOA=");
		assertThat(keys.currentId()).isEqualTo("2026b");
		assertThat(keys.ids()).containsExactly("2026b", "2026a");
		assertThat(keys.key("2026a")).isPresent();
		assertThat(keys.key("other")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "''|No data key is set", "'   '|No data key is set",
			"just-a-key|Entry 1 of APP_DATA_KEYS has no key id",
			"'a:" + KEY + ",b" + KEY + "'|Entry 2 of APP_DATA_KEYS has no key id",
			"':" + KEY + "'|Entry 1 of APP_DATA_KEYS has an invalid key id",
			"'bad id:" + KEY + "'|invalid key id",
			"'a:" + KEY + ",a:" + KEY + "'|The key id 'a' appears twice",
			"a:not base64!|The key 'a' in APP_DATA_KEYS is not valid Base64",
			"a:c2hvcnQ=|The key 'a' in APP_DATA_KEYS is 5 bytes long; AES-256 needs exactly 32" })
	void aMalformedValueIsRefusedWithItsReason(String spec, String reason) {
		assertThatThrownBy(() -> DataKeys.parse(spec)).isInstanceOfSatisfying(UnsafeConfigurationException.class,
				refused -> {
					assertThat(refused.getMessage()).contains(reason).doesNotContain(KEY);
					assertThat(refused.action()).contains("openssl rand -base64 32");
				});
	}

}
