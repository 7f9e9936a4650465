package sa.nonprofit.hail.system;

import org.springframework.http.HttpStatus;

/**
 * The application refuses what was asked, with the reason in Arabic first and English second; nothing was changed.
 * Thrown by services in domain terms ({@link Reason}); {@code ApiProblemHandler} alone turns it into HTTP.
 */
public class Refusal extends RuntimeException {

	/** Why, in the domain's words. */
	public enum Reason {

		/** What was sent is not valid. */
		INVALID(HttpStatus.BAD_REQUEST),
		/** There is no such thing, or it is not the asker's to see: one answer for both. */
		NOT_FOUND(HttpStatus.NOT_FOUND),
		/** The asker may see it but not do this to it (where not seeing it would be a 404). */
		FORBIDDEN(HttpStatus.FORBIDDEN),
		/** It clashes with what is already there. */
		CONFLICT(HttpStatus.CONFLICT);

		private final HttpStatus status;

		Reason(HttpStatus status) {
			this.status = status;
		}

		/** The one mapping from a domain reason to HTTP. */
		public HttpStatus status() {
			return this.status;
		}

	}

	private final Reason reason;

	private final String arabic;

	private Refusal(Reason reason, String arabic, String english) {
		super(english);
		this.reason = reason;
		this.arabic = arabic;
	}

	public static Refusal invalid(String arabic, String english) {
		return new Refusal(Reason.INVALID, arabic, english);
	}

	public static Refusal notFound(String arabic, String english) {
		return new Refusal(Reason.NOT_FOUND, arabic, english);
	}

	public static Refusal forbidden(String arabic, String english) {
		return new Refusal(Reason.FORBIDDEN, arabic, english);
	}

	public static Refusal conflict(String arabic, String english) {
		return new Refusal(Reason.CONFLICT, arabic, english);
	}

	public Reason reason() {
		return this.reason;
	}

	public String arabic() {
		return this.arabic;
	}

	public String english() {
		return getMessage();
	}

}
