package sa.nonprofit.hail.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;

/** The application serves our files in place of the webjar's, and Camunda's own English files beside them. */
@ApplicationTest
class WebappOverridesTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void eachAppGetsTheAssociationsConfigurationLocalesAndStyles(String app) {
		Http http = new Http(this.port);
		String base = "/camunda/app/" + app;

		HttpResponse<String> config = http.get(base + "/scripts/config.js");
		assertThat(config.statusCode()).isEqualTo(200);
		assertThat(config.body()).contains("import { configure } from '../../association/webapps.js'")
			.contains("configure('" + app + "'");
		assertThat(http.get(base + "/locales/ar.json").body()).contains("\"labels\"");
		assertThat(http.get(base + "/locales/en.json").statusCode()).isEqualTo(200);
		assertThat(http.get(base + "/styles/user-styles.css").body()).contains("association/webapps.css");
	}

	@ParameterizedTest
	@ValueSource(strings = { "webapps.js", "webapps.css" })
	void theSharedModuleAndStylesAreServed(String file) {
		HttpResponse<String> response = new Http(this.port).get("/camunda/app/association/" + file);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("rtl");
	}

}
