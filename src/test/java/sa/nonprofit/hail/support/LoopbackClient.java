package sa.nonprofit.hail.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks to the public API from another loopback address (127.0.0.x), so the server sees another client: Java 17's
 * HttpClient cannot choose its local address. HTTP/1.0 keeps the answer simple to read (no chunks, closed at the end).
 */
public final class LoopbackClient {

	/** An answer: status, headers (names in lower case), body. */
	public record Response(int status, Map<String, String> headers, String body) {
	}

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private final int port;

	private final String localAddress;

	private String csrfToken;

	public LoopbackClient(int port, String localAddress) {
		this.port = port;
		this.localAddress = localAddress;
	}

	/** POSTs JSON with the portal's CSRF token, and the extra headers given (e.g. X-Forwarded-For). */
	public Response postJson(String path, String json, Map<String, String> headers) {
		if (this.csrfToken == null) {
			Matcher token = TOKEN.matcher(send("GET", "/api/public/csrf", null, Map.of()).body());
			if (!token.find()) {
				throw new IllegalStateException("no CSRF token");
			}
			this.csrfToken = token.group(1);
		}
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put("Content-Type", "application/json");
		all.put("X-XSRF-TOKEN", this.csrfToken);
		all.put("Cookie", "XSRF-TOKEN=" + this.csrfToken);
		return send("POST", path, json, all);
	}

	/** A GET with the headers given (e.g. Authorization). */
	public Response get(String path, Map<String, String> headers) {
		return send("GET", path, null, headers);
	}

	public Response postJson(String path, String json) {
		return postJson(path, json, Map.of());
	}

	private Response send(String method, String path, String body, Map<String, String> headers) {
		byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost:" + this.port + "\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port,
				InetAddress.getByName(this.localAddress), 0)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = raw.indexOf("\r\n\r\n");
			String[] head = raw.substring(0, end).split("\r\n");
			Map<String, String> answerHeaders = new LinkedHashMap<>();
			for (int i = 1; i < head.length; i++) {
				int colon = head[i].indexOf(':');
				answerHeaders.put(head[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
						head[i].substring(colon + 1).strip());
			}
			return new Response(Integer.parseInt(head[0].split(" ")[1]), answerHeaders, raw.substring(end + 4));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
