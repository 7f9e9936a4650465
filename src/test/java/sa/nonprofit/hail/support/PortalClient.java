package sa.nonprofit.hail.support;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Talks to the public API as the portal pages do: CSRF cookie and header, JSON or multipart. */
public final class PortalClient {

	private final Http http;

	private final ObjectMapper json = new ObjectMapper();

	private String token;

	public PortalClient(int port) {
		this.http = new Http(port);
	}

	public HttpResponse<String> postJson(String path, String body) {
		return this.http.send(withCsrf(this.http.request(path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	/** A JSON body asking for another representation ({@code Accept}), e.g. a printable page. */
	public HttpResponse<String> postJson(String path, String body, String accept) {
		return this.http.send(withCsrf(this.http.request(path)).header("Content-Type", "application/json")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	public HttpResponse<String> postWithoutCsrf(String path, String body) {
		return this.http.send(this.http.request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** A file part: name, type claimed by the browser, content. */
	public record Part(String fileName, String contentType, byte[] content) {
	}

	public HttpResponse<String> postMultipart(String path, List<String[]> fields, List<Part> files) {
		String boundary = "----portal" + UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (String[] field : fields) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
					+ field[1] + "\r\n");
		}
		for (Part file : files) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\""
					+ file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
			body.writeBytes(file.content());
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return this.http.send(withCsrf(this.http.request(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	public JsonNode read(HttpResponse<String> response) {
		try {
			return this.json.readTree(response.body());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(response.body(), ex);
		}
	}

	public Http http() {
		return this.http;
	}

	private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
		if (this.token == null) {
			this.token = read(this.http.get("/api/public/csrf")).get("token").asText();
		}
		return request.header("X-XSRF-TOKEN", this.token).header("Cookie", "XSRF-TOKEN=" + this.token);
	}

	private static void write(java.io.ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
