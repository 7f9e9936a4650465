package sa.nonprofit.hail.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;

@ApplicationTest
class CalendarEndpointsTest {

	private static final String HOLIDAYS = "/api/admin/holidays";

	@LocalServerPort
	int port;

	@Autowired
	HolidayCalendar calendar;

	Http http;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@AfterEach
	void removeTestHolidays() {
		// Tests share one application: leave no holiday of our own behind.
		this.calendar.remove(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));
	}

	@Test
	void staffGetTheDueDateInGregorianAndHijri() throws Exception {
		HttpResponse<String> response = this.http.get("/api/calendar/due-date?from=2026-03-17&workingDays=10",
				"relations1", "demo");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.get("dueDate").asText()).isEqualTo("2026-04-02");
		assertThat(body.get("dueDateHijri").asText()).isEqualTo("١٤ شوال ١٤٤٧ هـ");
		assertThat(body.get("dueDateHijriIso").asText()).isEqualTo("1447-10-14");
	}

	@Test
	void theDueDateNeedsALogin() {
		assertThat(this.http.get("/api/calendar/due-date?from=2026-03-17&workingDays=10").statusCode()).isEqualTo(401);
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=2026-02-30&workingDays=3", "from=tomorrow&workingDays=3", "from=2026-03-01",
			"from=2026-03-01&workingDays=-1", "from=2026-03-01&workingDays=ten", "from=2026-03-01&workingDays=99999" })
	void badQueriesGetABilingualProblem(String query) throws Exception {
		HttpResponse<String> response = this.http.get("/api/calendar/due-date?" + query, "relations1", "demo");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.get("messageAr").asText()).isNotBlank();
		assertThat(body.get("messageEn").asText()).isNotBlank();
	}

	@ParameterizedTest
	@CsvSource({ "relations1", "chair1", "auditor1" })
	void onlyAdministratorsKeepTheHolidayTable(String user) {
		assertThat(this.http.get(HOLIDAYS, user, "demo").statusCode()).isEqualTo(403);
		assertThat(this.http.postJson(HOLIDAYS, "{\"date\":\"2030-01-06\",\"name\":\"x\"}", user, "demo").statusCode())
			.isEqualTo(403);
		assertThat(this.http.send(this.http.request(HOLIDAYS + "?date=2026-09-23")
			.header("Authorization", Http.basic(user, "demo")).DELETE().build()).statusCode()).isEqualTo(403);
		assertThat(this.http.get("/admin/holidays.html", user, "demo").statusCode()).isEqualTo(403);
		assertThat(this.calendar.current().isWorkingDay(LocalDate.of(2026, 9, 23))).isFalse();
	}

	@Test
	void theAdminPageIsArabicAndForAdministrators() {
		// Strangers are sent to the webapps' sign-in; no Basic prompt (CrossSiteForgeryTest).
		assertThat(this.http.get("/admin/holidays.html").statusCode()).isEqualTo(302);
		HttpResponse<String> page = this.http.get("/admin/holidays.html", "admin", "demo");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("الإجازات الرسمية");
		assertThat(page.body().split("<form id=\"add\"", -1)).as("one form, one table").hasSize(2);
		assertThat(this.http.get("/admin/holidays.js", "admin", "demo").body()).contains("/api/admin/holidays");
	}

	@Test
	void theSeededHolidaysAreListed() throws Exception {
		JsonNode list = this.json.readTree(this.http.get(HOLIDAYS + "?from=2026-01-01&to=2026-12-31", "admin", "demo").body());
		assertThat(list.findValuesAsText("date")).contains("2026-02-22", "2026-03-19", "2026-03-22", "2026-05-26",
				"2026-05-29", "2026-09-23");
		assertThat(list.findValuesAsText("name")).contains("اليوم الوطني");
	}

	@Test
	void anAddedRangeMovesDueDatesAtOnceAndRemovingItMovesThemBack() throws Exception {
		String due = "/api/calendar/due-date?from=2030-01-06&workingDays=1";
		assertThat(dueDate(due)).isEqualTo("2030-01-07");

		HttpResponse<String> added = this.http.postJson(HOLIDAYS,
				"{\"from\":\"2030-01-07\",\"to\":\"2030-01-08\",\"name\":\"إجازة اختبار\"}", "admin", "demo");
		assertThat(added.statusCode()).isEqualTo(201);
		assertThat(this.json.readTree(added.body()).findValuesAsText("date")).containsExactly("2030-01-07", "2030-01-08");
		assertThat(dueDate(due)).isEqualTo("2030-01-09");

		HttpResponse<String> removed = this.http.send(this.http.request(HOLIDAYS + "?from=2030-01-07&to=2030-01-08")
			.header("Authorization", Http.basic("admin", "demo")).DELETE().build());
		assertThat(removed.statusCode()).isEqualTo(200);
		assertThat(removed.body()).contains("\"removed\":2");
		assertThat(dueDate(due)).isEqualTo("2030-01-07");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"from\":\"2030-02-10\",\"to\":\"2030-02-01\",\"name\":\"مقلوبة\"}",
			"{\"date\":\"2030-02-31\",\"name\":\"تاريخ خاطئ\"}", "{\"date\":\"10/02/2030\",\"name\":\"صيغة\"}",
			"{\"date\":\"2030-02-10\",\"name\":\"  \"}", "{\"date\":\"2030-02-10\"}",
			"{\"from\":\"2030-02-10\",\"name\":\"بلا نهاية\"}",
			"{\"date\":\"2030-02-10\",\"from\":\"2030-02-10\",\"to\":\"2030-02-11\",\"name\":\"كلاهما\"}", "not json" })
	void badHolidaysAreRefusedAndChangeNothing(String body) throws Exception {
		int before = this.calendar.list(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)).size();
		HttpResponse<String> response = this.http.postJson(HOLIDAYS, body, "admin", "demo");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(response.body()).get("messageAr").asText()).isNotBlank();
		assertThat(this.calendar.list(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))).hasSize(before);
	}

	@Test
	void anOverlappingRangeIsRefusedWhole() {
		assertThat(this.http.postJson(HOLIDAYS, "{\"date\":\"2030-03-03\",\"name\":\"أ\"}", "admin", "demo").statusCode())
			.isEqualTo(201);
		HttpResponse<String> clash = this.http.postJson(HOLIDAYS,
				"{\"from\":\"2030-03-01\",\"to\":\"2030-03-05\",\"name\":\"ب\"}", "admin", "demo");
		assertThat(clash.statusCode()).isEqualTo(409);
		assertThat(this.calendar.list(LocalDate.of(2030, 3, 1), LocalDate.of(2030, 3, 5))).hasSize(1);
	}

	@Test
	void removingADayWithoutAHolidayIsNotFound() {
		HttpRequest request = this.http.request(HOLIDAYS + "?date=2030-04-01")
			.header("Authorization", Http.basic("admin", "demo")).DELETE().build();
		assertThat(this.http.send(request).statusCode()).isEqualTo(404);
	}

	private String dueDate(String path) throws Exception {
		return this.json.readTree(this.http.get(path, "relations1", "demo").body()).get("dueDate").asText();
	}

}
