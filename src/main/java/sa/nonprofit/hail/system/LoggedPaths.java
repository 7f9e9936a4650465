package sa.nonprofit.hail.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request path as a log line may name it: cut at its first part that is not a plain lower-case word, so that no
 * case number, task id or token is written ({@code /api/public/reports/WB-2026-…/status} becomes
 * {@code /api/public/reports/*}). The reverse proxy's access log cuts the same way (deploy/nginx).
 */
public final class LoggedPaths {

	private static final Pattern WORDS = Pattern.compile("^((?:/[a-z][a-z-]*)*)(/.*)?$", Pattern.DOTALL);

	private LoggedPaths() {
	}

	public static String of(String path) {
		Matcher matcher = WORDS.matcher(path == null ? "" : path);
		if (!matcher.matches()) {
			return "/*";
		}
		return matcher.group(2) == null || matcher.group(2).equals("/") ? path : matcher.group(1) + "/*";
	}

}
