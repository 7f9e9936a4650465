package sa.nonprofit.hail.identity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request to one of the two doors to the engine, reduced to what the {@link EngineGateway} decides on: the engine
 * REST API ({@code /engine-rest}) and the webapps' own copy of it ({@code /camunda/api/engine/engine/default}), or one
 * of the webapps' plugin APIs ({@code /camunda/api/cockpit}, {@code /admin}, ...).
 */
record EngineCall(Door door, String method, String path) {

	/** Which API the request is for. */
	enum Door {
		/** The engine's REST resources; {@link #path} is relative to the engine, e.g. {@code /task/42/complete}. */
		ENGINE,
		/** Cockpit's plugin API: statistics and queries across all instances. */
		COCKPIT,
		/** Admin's API: setup, plugins and sign-in ({@code /auth}). */
		ADMIN,
		/** Tasklist's and Welcome's own APIs. */
		OTHER_WEBAPP
	}

	private static final Pattern REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)?$");

	private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/[^/]+(/.*)?$");

	private static final Pattern WEBAPP_API = Pattern.compile("^/camunda/api/([^/]+)(/.*)?$");

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	/** The call, or null for a request to neither door. */
	static EngineCall of(HttpServletRequest request) {
		String uri = RequestPaths.of(request);
		String method = request.getMethod();
		Matcher rest = REST.matcher(uri);
		if (rest.matches()) {
			return new EngineCall(Door.ENGINE, method, clean(rest.group(1)));
		}
		Matcher engine = WEBAPP_ENGINE.matcher(uri);
		if (engine.matches()) {
			return new EngineCall(Door.ENGINE, method, clean(engine.group(1)));
		}
		Matcher api = WEBAPP_API.matcher(uri);
		if (api.matches()) {
			Door door = switch (api.group(1)) {
				case "cockpit" -> Door.COCKPIT;
				case "admin" -> Door.ADMIN;
				default -> Door.OTHER_WEBAPP;
			};
			return new EngineCall(door, method, clean(api.group(2)));
		}
		return null;
	}

	/** Without trailing slashes, which JAX-RS ignores when it matches a resource. */
	private static String clean(String path) {
		String cleaned = path == null ? "" : path;
		while (cleaned.endsWith("/")) {
			cleaned = cleaned.substring(0, cleaned.length() - 1);
		}
		return cleaned;
	}

	boolean isRead() {
		return SAFE_METHODS.contains(this.method);
	}

	List<String> segments() {
		return this.path.isEmpty() ? List.of() : List.of(this.path.substring(1).split("/"));
	}

	boolean matches(String method, String regex) {
		return this.method.equals(method) && this.path.matches(regex);
	}

}
