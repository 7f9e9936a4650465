package sa.nonprofit.hail.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A browser's traffic through the reverse proxy, over HTTPS, from a loopback address of its own (127.0.0.x), so the
 * proxy sees another client: it keeps its cookies (one jar, whichever node answers) and sends the CSRF tokens the
 * way the portal pages and the Camunda webapps do. It trusts the proxy's test certificate and nothing else.
 * HTTP/1.0 keeps answers simple to read (no chunks, the connection closed at the end).
 */
public final class ProxyClient {

	/** An answer: status, headers (names in lower case, every value), body. */
	public record Response(int status, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			List<String> values = this.headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
			return values.isEmpty() ? null : values.get(0);
		}

	}

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private final SSLContext tls;

	private final int port;

	private final InetAddress localAddress;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String webappToken;

	public ProxyClient(ReverseProxy proxy, String localAddress) {
		this.port = proxy.httpsPort();
		try {
			this.localAddress = InetAddress.getByName(localAddress);
			KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
			trusted.load(null, null);
			try (InputStream pem = Files.newInputStream(proxy.certificate())) {
				trusted.setCertificateEntry("proxy", CertificateFactory.getInstance("X.509").generateCertificate(pem));
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trusted);
			this.tls = SSLContext.getInstance("TLS");
			this.tls.init(null, trust.getTrustManagers(), null);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Response get(String path) {
		return send("GET", path, null, Map.of());
	}

	/** A JSON write to the public API, with the portal's CSRF token (cookie and header). */
	public Response portalPost(String path, String json) {
		if (!this.cookies.containsKey("XSRF-TOKEN")) {
			Matcher token = TOKEN.matcher(get("/api/public/csrf").body());
			if (!token.find()) {
				throw new IllegalStateException("no CSRF token");
			}
			this.cookies.put("XSRF-TOKEN", token.group(1));
		}
		return send("POST", path, json,
				Map.of("Content-Type", "application/json", "X-XSRF-TOKEN", this.cookies.get("XSRF-TOKEN")));
	}

	/** Signs in to a Camunda webapp as its login page does: the page's CSRF token first, then the form. */
	public Response signIn(String app, String user, String password) {
		get("/camunda/app/" + app + "/default/");
		Response login = send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
				"username=" + user + "&password=" + password,
				Map.of("Content-Type", "application/x-www-form-urlencoded", "X-XSRF-TOKEN", this.webappToken));
		// Signing in renews the session and with it the webapps' token: the browser takes the new one.
		get("/camunda/app/" + app + "/default/");
		return login;
	}

	/** A JSON write to the webapps' own API, with their CSRF token, as Tasklist sends it. */
	public Response webappPost(String path, String json) {
		return send("POST", path, json, Map.of("Content-Type", "application/json", "X-XSRF-TOKEN", this.webappToken));
	}

	private Response send(String method, String path, String body, Map<String, String> headers) {
		byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost:" + this.port + "\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		if (!this.cookies.isEmpty()) {
			request.append("Cookie: ")
				.append(String.join("; ", this.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()))
				.append("\r\n");
		}
		request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
		try (SSLSocket socket = (SSLSocket) this.tls.getSocketFactory()
			.createSocket(InetAddress.getLoopbackAddress(), this.port, this.localAddress, 0)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			Response response = parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			keep(response);
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path, ex);
		}
	}

	private void keep(Response response) {
		for (String cookie : response.headers().getOrDefault("set-cookie", List.of())) {
			String pair = cookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			this.cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		String token = response.header("x-xsrf-token");
		if (token != null) {
			this.webappToken = token;
		}
	}

	private static Response parse(String raw) {
		int end = raw.indexOf("\r\n\r\n");
		String[] head = raw.substring(0, end).split("\r\n");
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < head.length; i++) {
			int colon = head[i].indexOf(':');
			headers.computeIfAbsent(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
				.add(head[i].substring(colon + 1).strip());
		}
		return new Response(Integer.parseInt(head[0].split(" ")[1]), headers, raw.substring(end + 4));
	}

}
