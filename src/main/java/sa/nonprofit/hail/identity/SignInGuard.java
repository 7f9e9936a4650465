package sa.nonprofit.hail.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import sa.nonprofit.hail.system.ClientKeys;
import sa.nonprofit.hail.system.FailedAttempts;
import sa.nonprofit.hail.system.ProblemResponses;

/**
 * Failed staff sign-ins are throttled per client address, not per account: a stranger who guesses passwords is
 * refused for a while, and cannot lock the real owner out (the engine's permanent lock after N failures is off; its
 * short growing delay stays). Failures are counted in the database ({@link FailedAttempts}), so that every node of a
 * cluster refuses alike, under a keyed hash of the address, never the address. The superuser's sign-ins and its calls
 * to the staff API are recorded in the {@link BreakGlassLog}.
 */
class SignInGuard extends OncePerRequestFilter {

	private static final String SIGN_IN = "staff-sign-in";

	private static final String WEBAPP_LOGIN = "^/camunda/api/admin/auth/user/[^/]+/login/[^/]+$";

	private final IdentityService identity;

	private final String engineName;

	private final StaffSecurityProperties settings;

	private final BreakGlassLog breakGlass;

	private final FailedAttempts failures;

	private final ClientKeys clients;

	SignInGuard(IdentityService identity, String engineName, StaffSecurityProperties settings, BreakGlassLog breakGlass,
			ClientKeys clients, FailedAttempts failures) {
		this.identity = identity;
		this.engineName = engineName;
		this.settings = settings;
		this.breakGlass = breakGlass;
		this.clients = clients;
		this.failures = failures;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isWebappLogin(request) && request.getHeader("Authorization") == null && !isRecorded(request);
	}

	/**
	 * The superuser's calls outside the engine that the break-glass log keeps: the staff API, the case pages and the
	 * actuator.
	 */
	private static boolean isRecorded(HttpServletRequest request) {
		String path = RequestPaths.of(request);
		return RequestPaths.isStaffApi(request) || path.startsWith("/cases/")
				|| (path.startsWith("/actuator") && !path.startsWith("/actuator/health"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = this.clients.of(request.getRemoteAddr(), SIGN_IN);
		if (this.failures.within(client, this.settings.signInWindow()) >= this.settings.signInFailures()) {
			response.setHeader("Retry-After", String.valueOf(this.settings.signInWindow().toSeconds()));
			ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS,
					"محاولات دخول فاشلة كثيرة من هذا الجهاز: حاول لاحقًا",
					"Too many failed sign-ins from this device: try again later");
			return;
		}
		HttpServletRequest passedOn = isWebappLogin(request) ? SignInForm.read(request) : request;
		String user = basicUser(request) != null ? basicUser(request) : SignInForm.userName(passedOn);
		// While the engine delays an account after failures, it refuses even the right password unchecked: such a
		// refusal is not this client's failure (else a stranger's guesses would get the owner's address throttled).
		boolean delayed = user != null && isDelayed(user);
		chain.doFilter(passedOn, response);
		int status = response.getStatus();
		boolean signingIn = isWebappLogin(request) || request.getHeader("Authorization") != null;
		if (status == HttpServletResponse.SC_UNAUTHORIZED && signingIn && !delayed) {
			this.failures.record(client);
		}
		else if (status < 400) {
			recordSuperuser(request);
		}
	}

	private boolean isDelayed(String userId) {
		User user = this.identity.createUserQuery().userId(userId).singleResult();
		Date until = user instanceof UserEntity entity ? entity.getLockExpirationTime() : null;
		return until != null && until.after(ClockUtil.getCurrentTime());
	}

	private void recordSuperuser(HttpServletRequest request) {
		boolean login = isWebappLogin(request);
		if (!login && !isRecorded(request)) {
			return; // engine calls are recorded by the EngineGateway
		}
		String basic = basicUser(request);
		String userId = basic != null ? basic : SessionSignIn.signedInUser(request, this.engineName);
		if (userId != null && this.identity.createUserQuery()
			.userId(userId)
			.memberOfGroup(StaffGroup.CAMUNDA_ADMIN.id())
			.count() > 0) {
			this.breakGlass.record(userId, login ? BreakGlassLog.Action.SIGN_IN : BreakGlassLog.Action.STAFF_API_CALL,
					request.getMethod(), BreakGlassLog.target(request, new byte[0]));
		}
	}

	private static boolean isWebappLogin(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && RequestPaths.of(request).matches(WEBAPP_LOGIN);
	}

	private static String basicUser(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}

}
