package sa.nonprofit.hail.identity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request is served under, decoded as the servlets see it ({@code /%61pi/kpi} is {@code /api/kpi}): every
 * security decision here reads this, never the raw URI, so an encoding cannot steer a request past a check.
 */
public final class RequestPaths {

	private RequestPaths() {
	}

	public static String of(HttpServletRequest request) {
		String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
		String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
		return servletPath + pathInfo;
	}

	static boolean isStaffApi(HttpServletRequest request) {
		String path = of(request);
		return path.startsWith("/api/") && !path.startsWith("/api/public/");
	}

}
