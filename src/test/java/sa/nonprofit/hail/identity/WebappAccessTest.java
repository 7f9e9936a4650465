package sa.nonprofit.hail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;

/** Logs in to Camunda's webapps the way the browser does (CSRF token first) and checks who reaches which app. */
@ApplicationTest
class WebappAccessTest {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@ParameterizedTest
	@CsvSource({ "relations1,cockpit,403", "relations1,admin,403", "relations1,tasklist,200",
			"chair1,cockpit,403", "chair1,admin,403", "chair1,tasklist,200",
			"admin,cockpit,200", "admin,admin,200", "admin,tasklist,200" })
	void onlyAdministratorsReachCockpitAndAdmin(String user, String app, int expectedStatus) {
		assertThat(login(user, app).statusCode()).isEqualTo(expectedStatus);
	}

	private HttpResponse<String> login(String user, String app) {
		HttpResponse<String> page = this.http.get("/camunda/app/" + app + "/default/");
		String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream()
			.map(cookie -> cookie.split(";", 2)[0]).toList());
		HttpRequest request = this.http.request("/camunda/api/admin/auth/user/default/login/" + app)
			.header("X-XSRF-TOKEN", token)
			.header("Cookie", cookies)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo"))
			.build();
		return this.http.send(request);
	}

}
