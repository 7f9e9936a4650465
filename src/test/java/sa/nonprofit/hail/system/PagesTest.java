package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

import sa.nonprofit.hail.beneficiary.SupportType;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.whistleblowing.AccusedRole;
import sa.nonprofit.hail.whistleblowing.ReportCategory;

/**
 * The pages are rendered on the server from one layout: every old address still answers, each page names the
 * configured association (never the default one), its option lists are the enums the API accepts, and the strict
 * Content-Security-Policy holds, with no inline script or style to need it loosened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.process-engine-name=pageTests", "app.organization.name=جمعية الاختبار الخيرية بتبوك",
				"app.organization.name-en=Tabuk Test Charity", "app.organization.licence-number=4321",
				"app.organization.email=contact@tabuk.example", "app.organization.phone=+966 14 123 4567" })
@ActiveProfiles({ "test", "demo" })
class PagesTest {

	static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/index.html", "/support.html", "/report.html", "/track.html",
			"/survey.html?token=a-token-sent-by-sms" })
	void publicPagesNameTheConfiguredAssociation(String page) {
		HttpResponse<String> response = this.http.get(page);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<html lang=\"ar\" dir=\"rtl\">")
			.contains("class=\"org-name\"")
			.contains("data-en=\"Tabuk Test Charity\">جمعية الاختبار الخيرية بتبوك<")
			.contains("<button id=\"lang\" type=\"button\">English</button>");
		assertIdentityAndStrictPolicy(response);
		assertThat(response.headers().allValues("Set-Cookie")).as("a visitor gets no session")
			.noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
	}

	@ParameterizedTest
	@CsvSource({ "/kpi/, chair1", "/kpi/index.html, chair1", "/kpi/index.html, ops1", "/admin/holidays.html, admin" })
	void staffPagesNameTheConfiguredAssociationToStaffOnly(String page, String user) {
		HttpResponse<String> stranger = this.http.get(page);
		assertThat(stranger.statusCode()).isEqualTo(302);
		assertThat(stranger.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).contains("/camunda/app/welcome/default/"));
		assertThat(stranger.body()).doesNotContain("جمعية الاختبار");

		HttpResponse<String> response = this.http.get(page, user, "demo");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<html lang=\"ar\" dir=\"rtl\">")
			.contains("جمعية الاختبار الخيرية بتبوك")
			.contains("Tabuk Test Charity, licensed by the National Center for Non-Profit Sector Development, no. 4321")
			// Staff pages read Arabic with the English beside it: no language switch to wait for.
			.doesNotContain("id=\"lang\"");
		assertIdentityAndStrictPolicy(response);
	}

	@Test
	void theSupportTypesAreTheEnumsValues() {
		List<Option> options = options(this.http.get("/support.html").body(), "supportType");
		assertThat(options.get(0)).isEqualTo(new Option("", "اختر", "Choose"));
		assertThat(options.subList(1, options.size())).containsExactlyElementsOf(Arrays.stream(SupportType.values())
			.map(type -> new Option(type.name(), type.arabicName(), type.englishName()))
			.toList());
	}

	@Test
	void theReportCategoriesAndAccusedRolesAreTheEnumsValuesInTheirOrder() {
		String page = this.http.get("/report.html").body();
		List<Option> categories = options(page, "category");
		assertThat(categories.get(0)).isEqualTo(new Option("", "اختر", "Choose"));
		assertThat(categories.subList(1, categories.size())).containsExactlyElementsOf(
				Arrays.stream(ReportCategory.values())
					.map(category -> new Option(category.name(), category.arabicName(), category.englishName()))
					.toList());
		// UNKNOWN first: a reporter who names nobody still sends a valid form.
		assertThat(options(page, "accusedRole")).containsExactlyElementsOf(Arrays.stream(AccusedRole.values())
			.map(role -> new Option(role.name(), role.arabicName(), role.englishName()))
			.toList());
		assertThat(options(page, "accusedRole").get(0).value()).isEqualTo("UNKNOWN");
	}

	@Test
	void thePortalScriptNoLongerSwapsTheNameIn() {
		HttpResponse<String> script = this.http.get("/portal/portal.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).doesNotContain("/api/public/organization").doesNotContain("org-name");
	}

	@Test
	void anAssociationWithoutAnEnglishNameIsNamedInArabicInEnglishToo() {
		OrganizationProperties arabicOnly = new OrganizationProperties("جمعية", " ", "1", "", "", "");
		assertThat(arabicOnly.englishName()).isEqualTo("جمعية");
		assertThat(new OrganizationProperties("جمعية", "Association", "1", "", "", "").englishName())
			.isEqualTo("Association");
	}

	@Test
	void theSurveyWithoutItsLinkSaysAtOnceThatTheLinkIsNeededAndOffersNoForm() {
		for (String page : List.of("/survey.html", "/survey.html?token=", "/survey.html?token=%20")) {
			String body = this.http.get(page).body();
			assertThat(body).as(page).contains("id=\"no-link\"").contains("الرابط الذي وصلك").doesNotContain("survey-form")
				.doesNotContain("name=\"score\"");
		}
		String withLink = this.http.get("/survey.html?token=a-token-sent-by-sms").body();
		assertThat(withLink).contains("id=\"survey-form\"").contains("name=\"score\"").doesNotContain("id=\"no-link\"");
	}

	@Test
	void theHomePageShowsTheLicenceAndContactAndLinksThePrivacyNotice() {
		String body = this.http.get("/").body();
		assertThat(body).contains("id=\"licence-number\" class=\"licence\" dir=\"ltr\">4321<")
			.contains("id=\"contact-email\"")
			.contains("id=\"contact-phone\"")
			.contains("<p id=\"privacy-notice\">\n      <a href=\"/privacy.html\"");
		assertThat(this.http.get("/privacy.html").statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/no-such-page", "/portal/no-such.js", "/cases-typo/1" })
	void anUnknownPathGetsTheArabicErrorPageInTheSiteLayout(String path) {
		HttpResponse<String> response = this.http.send(this.http.request(path).header("Accept", "text/html").GET().build());
		assertThat(response.statusCode()).isEqualTo(404);
		assertArabicErrorPage(response, "الصفحة غير موجودة", "Page not found");
		assertIdentityAndStrictPolicy(response);
	}

	@Test
	void theApiKeepsProblemJsonForAnUnknownPath() {
		HttpResponse<String> response = this.http.send(
				this.http.request("/api/public/no-such").header("Accept", "text/html").GET().build());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(response.body()).contains("messageAr").doesNotContain("<html");
	}

	@Test
	void aStaffPageWithoutTheRightGetsTheArabic403Page() {
		HttpResponse<String> response = this.http.send(this.http.request("/admin/holidays.html")
			.header("Accept", "text/html")
			.header("Authorization", Http.basic("relations1", "demo"))
			.GET()
			.build());
		assertThat(response.statusCode()).isEqualTo(403);
		assertArabicErrorPage(response, "ليست لديك صلاحية لهذه الصفحة", "You may not open this page");
	}

	@Test
	void aFailureGetsTheArabic500PageWithoutDetails() {
		// The error page called with no error at all is Boot's "500": the page a failure gets.
		HttpResponse<String> response = this.http.send(this.http.request("/error").header("Accept", "text/html").GET().build());
		assertThat(response.statusCode()).isEqualTo(500);
		assertArabicErrorPage(response, "حدث خطأ غير متوقع", "Something went wrong");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("trace");
	}

	private static void assertArabicErrorPage(HttpResponse<String> response, String arabicTitle, String englishTitle) {
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		String body = response.body();
		assertThat(body).contains("<html lang=\"ar\" dir=\"rtl\">")
			.contains("<h1 id=\"error-title\">" + arabicTitle + "</h1>")
			.contains("<section lang=\"en\" dir=\"ltr\" class=\"error-english\">")
			.contains("<h2>" + englishTitle + "</h2>")
			.contains("<a id=\"home-link\" href=\"/\">")
			.contains("class=\"org-name\"")
			.doesNotContain("Whitelabel")
			.doesNotContain("There was an unexpected error");
	}

	private static void assertIdentityAndStrictPolicy(HttpResponse<String> response) {
		String body = response.body();
		assertThat(body).contains("4321")
			.contains("href=\"mailto:contact@tabuk.example\"")
			.contains("href=\"tel:+966141234567\"")
			.as("the default association's name is configuration, never in a page")
			.doesNotContain("مكافحة السمنة")
			.doesNotContain("Hail Anti-Obesity")
			.doesNotContain("th:");
		assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly(CSP);
		assertThat(body).as("nothing inline for the policy to allow")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
			.doesNotContainPattern("<style[\\s>]")
			.doesNotContainPattern("\\sstyle=")
			.doesNotContainPattern("\\son[a-z]+=");
	}

	/** The options of one select, as the browser reads them: value, Arabic text and the English of data-en. */
	private static List<Option> options(String page, String selectName) {
		Matcher select = Pattern.compile("<select name=\"" + selectName + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
			.matcher(page);
		assertThat(select.find()).as("select " + selectName).isTrue();
		Matcher option = Pattern.compile("<option([^>]*)>([^<]*)</option>").matcher(select.group(1));
		List<Option> options = new ArrayList<>();
		while (option.find()) {
			Map<String, String> attributes = attributes(option.group(1));
			options.add(new Option(attributes.get("value"), HtmlUtils.htmlUnescape(option.group(2).trim()),
					attributes.get("data-en")));
		}
		return options;
	}

	private static Map<String, String> attributes(String tag) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = Pattern.compile("([a-z-]+)=\"([^\"]*)\"").matcher(tag);
		while (attribute.find()) {
			attributes.put(attribute.group(1), HtmlUtils.htmlUnescape(attribute.group(2)));
		}
		return attributes;
	}

	record Option(String value, String arabic, String english) {
	}

}
