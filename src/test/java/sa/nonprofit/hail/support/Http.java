package sa.nonprofit.hail.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests against the running application, with optional HTTP Basic credentials. */
public final class Http {

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String baseUrl;

	public Http(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	public HttpResponse<String> get(String path, String user, String password) {
		return send(request(path).header("Authorization", basic(user, password)).GET().build());
	}

	public HttpResponse<String> postJson(String path, String json, String user, String password) {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (user != null) {
			builder.header("Authorization", basic(user, password));
		}
		return send(builder.build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The answer read by the given handler (bytes for a download, say). */
	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.client.send(request, handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path));
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
