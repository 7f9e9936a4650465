package sa.nonprofit.hail.support;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A staff member signed in to the Camunda webapps as the browser does it (CSRF token first), keeping the session and
 * the tokens: the webapps' own (for /camunda/api) and the application's (for the staff pages' writes).
 */
public final class StaffSession {

	private final Http http;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String webappToken;

	private final int loginStatus;

	private final java.util.List<String> loginCookies;

	public StaffSession(Http http, String user, String password, String app) {
		this(http, user, password, app, "default");
	}

	/** Signed in to the webapps of an engine with another name than {@code default}. */
	public StaffSession(Http http, String user, String password, String app, String engine) {
		this.http = http;
		HttpResponse<String> page = http.get("/camunda/app/" + app + "/" + engine + "/");
		keep(page);
		this.webappToken = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		HttpResponse<String> login = http.send(http.request("/camunda/api/admin/auth/user/" + engine + "/login/" + app)
			.header("X-XSRF-TOKEN", this.webappToken)
			.header("Cookie", cookieHeader())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
			.build());
		keep(login);
		this.loginStatus = login.statusCode();
		this.loginCookies = login.headers().allValues("Set-Cookie");
		// Signing in renews the session, and with it Camunda's CSRF token: take the new one, as the browser does.
		HttpResponse<String> after = send(http.request("/camunda/app/" + app + "/" + engine + "/")
			.header("Cookie", cookieHeader())
			.GET()
			.build());
		after.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> this.webappToken = token);
	}

	public static StaffSession signIn(int port, String user, String app) {
		return new StaffSession(new Http(port), user, "demo", app);
	}

	public int loginStatus() {
		return this.loginStatus;
	}

	/** The cookies the sign-in answer set, as the server wrote them. */
	public java.util.List<String> loginCookies() {
		return this.loginCookies;
	}

	/** A request with this session's cookies (no token). */
	public HttpRequest.Builder request(String path) {
		return this.http.request(path).header("Cookie", cookieHeader());
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	/** A JSON write to the webapps' own API, with the webapps' CSRF token, as Tasklist sends it. */
	public HttpResponse<String> webappJson(String method, String path, String json) {
		return send(request(path).header("X-XSRF-TOKEN", this.webappToken)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** The application's CSRF token, as the staff pages fetch it. */
	public String applicationToken() {
		HttpResponse<String> csrf = get("/api/public/csrf");
		String body = csrf.body();
		int start = body.indexOf("\"token\":\"") + 9;
		return body.substring(start, body.indexOf('"', start));
	}

	public HttpResponse<String> send(HttpRequest request) {
		HttpResponse<String> response = this.http.send(request);
		keep(response);
		if (request.uri().getPath().startsWith("/camunda/")) {
			response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> this.webappToken = token);
		}
		return response;
	}

	private void keep(HttpResponse<String> response) {
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			String pair = cookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			this.cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
	}

	private String cookieHeader() {
		return String.join("; ", this.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
	}

}
