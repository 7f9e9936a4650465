package sa.nonprofit.hail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.StaffSession;

/**
 * Issue 13, attack 1: a page on another site, opened by a signed-in administrator, made the browser deploy a BPMN whose
 * expression ran a shell command. Each step of that attack is refused here: no answer makes a browser remember Basic
 * credentials, no write a foreign page can send is accepted, and the staff pages use the webapps' session with CSRF.
 */
@ApplicationTest
class CrossSiteForgeryTest {

	private static final String EVIL = "https://evil.example";

	private static final String BPMN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
			  targetNamespace="x"><process id="Evil" isExecutable="true" camunda:historyTimeToLive="1">
			  <startEvent id="s"><timerEventDefinition><timeDuration>PT1S</timeDuration></timerEventDefinition></startEvent>
			  <sequenceFlow id="f" sourceRef="s" targetRef="t"/>
			  <serviceTask id="t" camunda:expression="${''.getClass().forName('java.lang.Runtime')}"/></process></definitions>""";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtime;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/task", "/api/kpi?from=2026-01-01&to=2026-01-31", "/api/admin/holidays",
			"/api/calendar/due-date?from=2026-03-17&workingDays=3" })
	void noAnswerAsksTheBrowserForBasicCredentials(String path) {
		HttpResponse<String> anonymous = this.http.get(path);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(anonymous.body()).contains("messageAr").contains("messageEn");
		assertThat(anonymous.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		// A user of no account: a wrong password for a real one would delay that user's next sign-in in other tests.
		HttpResponse<String> wrong = this.http.get(path, "nobody-such", "wrong-password");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/kpi/index.html", "/admin/holidays.html", "/cases/WB-2026-000001",
			"/cases/WB-2026-000001/ratification" })
	void staffPagesSendStrangersToTheWebappsSignIn(String page) {
		HttpResponse<String> response = this.http.get(page);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).contains("/camunda/app/welcome/default/"));
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	@Test
	void aForeignPageCannotDeployCodeEvenWithTheAdministratorsCredentials() {
		long deployments = this.repository.createDeploymentQuery().count();
		String boundary = "----evil";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nevil\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"evil.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + BPMN + "\r\n--" + boundary + "--\r\n";
		HttpRequest.Builder forged = this.http.request("/engine-rest/deployment/create")
			.header("Authorization", Http.basic("admin", "demo"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		// As the browser sends it: from another site...
		HttpResponse<String> crossSite = this.http.send(forged.copy().header("Origin", EVIL)
			.header("Sec-Fetch-Site", "cross-site").build());
		assertThat(crossSite.statusCode()).isEqualTo(403);
		// ...and even without those headers (an old browser): a multipart write is not what a program sends here.
		HttpResponse<String> plain = this.http.send(forged.build());
		assertThat(plain.statusCode()).isEqualTo(415);
		assertThat(plain.body()).contains("messageAr");
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey("Evil").count()).isZero();
	}

	@Test
	void aForeignPageCannotUploadIntoAnInstanceWithTheAdministratorsCredentials() {
		String instance = this.runtime.startProcessInstanceByKey("WhistleblowerReportProcess",
				java.util.Map.of("channel", "PHONE", "category", "FINANCIAL", "accusedRole", "EMPLOYEE", "description", "x"))
			.getId();
		String boundary = "----evil";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nplanted\r\n--" + boundary + "--\r\n";
		HttpResponse<String> upload = this.http.send(this.http
			.request("/engine-rest/process-instance/" + instance + "/variables/reporterFeedback/data")
			.header("Authorization", Http.basic("admin", "demo"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		assertThat(upload.statusCode()).isEqualTo(415);
		assertThat(this.runtime.getVariable(instance, "reporterFeedback")).isNull();
	}

	/** Defence in depth: these endpoints take JSON only, so Jersey would refuse these bodies too; the filter is first. */
	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "" })
	void writesABrowserCouldSendCrossSiteAreRefused(String contentType) {
		HttpRequest.Builder request = this.http.request("/engine-rest/process-definition/key/BeneficiaryRequestProcess/start")
			.header("Authorization", Http.basic("relations1", "demo"))
			.POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}"));
		if (!contentType.isEmpty()) {
			request.header("Content-Type", contentType);
		}
		assertThat(this.http.send(request.build()).statusCode()).isEqualTo(415);
		HttpResponse<String> staffApi = this.http.send(this.http.request("/api/admin/holidays")
			.header("Authorization", Http.basic("admin", "demo"))
			.header("Content-Type", contentType.isEmpty() ? "text/plain" : contentType)
			.POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"2031-01-01\",\"name\":\"x\"}"))
			.build());
		assertThat(staffApi.statusCode()).isEqualTo(415);
	}

	@Test
	void aJsonWriteFromAnotherOriginIsRefused() {
		HttpResponse<String> response = this.http.send(this.http.request("/api/admin/holidays")
			.header("Authorization", Http.basic("admin", "demo"))
			.header("Content-Type", "application/json")
			.header("Origin", EVIL)
			.POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"2031-01-02\",\"name\":\"x\"}"))
			.build());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.http.get("/api/admin/holidays?from=2031-01-01&to=2031-01-31", "admin", "demo").body())
			.doesNotContain("2031-01-02");
	}

	@Test
	void theStaffPagesUseTheWebappsSessionAndItsWritesNeedTheToken() {
		StaffSession chair = StaffSession.signIn(this.port, "chair1", "tasklist");
		assertThat(chair.get("/api/kpi?from=2026-01-01&to=2026-01-31").statusCode()).isEqualTo(200);
		assertThat(chair.get("/kpi/index.html").statusCode()).isEqualTo(200);
		assertThat(chair.get("/api/admin/holidays").statusCode()).isEqualTo(403);

		StaffSession admin = StaffSession.signIn(this.port, "admin", "cockpit");
		assertThat(admin.loginStatus()).isEqualTo(200);
		String day = LocalDate.of(2032, 1, 5).toString();
		String json = "{\"date\":\"" + day + "\",\"name\":\"اختبار\"}";
		HttpResponse<String> withoutToken = admin.send(admin.request("/api/admin/holidays")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(withoutToken.body()).contains("messageAr");
		// Only a Basic header (which then alone decides who calls) spares the token; any other one does not.
		HttpResponse<String> bearer = admin.send(admin.request("/api/admin/holidays")
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer anything")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
		assertThat(bearer.statusCode()).isEqualTo(403);
		HttpResponse<String> wrongBasic = admin.send(admin.request("/api/admin/holidays")
			.header("Content-Type", "application/json")
			.header("Authorization", Http.basic("nobody-such", "x"))
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
		assertThat(wrongBasic.statusCode()).isEqualTo(401);
		HttpResponse<String> withToken = admin.send(admin.request("/api/admin/holidays")
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", admin.applicationToken())
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
		assertThat(withToken.statusCode()).isEqualTo(201);
		admin.send(admin.request("/api/admin/holidays?date=" + day)
			.header("X-XSRF-TOKEN", admin.applicationToken())
			.DELETE()
			.build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/engine-rest/engine", "/camunda/app/tasklist/default/", "/api/public/organization" })
	void everyAnswerCarriesThePrivacyHeaders(String path) {
		HttpResponse<String> response = this.http.get(path, "admin", "demo");
		assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
		assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
				policy -> assertThat(policy).contains("camera=()"));
	}

	@Test
	void theSessionCookieSaysSameSiteOnce() {
		StaffSession session = StaffSession.signIn(this.port, "relations1", "tasklist");
		assertThat(session.loginStatus()).isEqualTo(200);
		assertThat(session.loginCookies()).anyMatch(cookie -> cookie.startsWith("JSESSIONID"));
		for (String cookie : session.loginCookies()) {
			assertThat(cookie.toLowerCase().split("samesite", -1)).as(cookie).hasSizeLessThanOrEqualTo(2);
		}
	}

}
