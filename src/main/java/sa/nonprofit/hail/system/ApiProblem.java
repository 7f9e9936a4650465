package sa.nonprofit.hail.system;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the reason in Arabic first and English second; nothing was changed. */
public class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final String arabic;

	public ApiProblem(HttpStatus status, String arabic, String english) {
		super(english);
		this.status = status;
		this.arabic = arabic;
	}

	public static ApiProblem badRequest(String arabic, String english) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, arabic, english);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String arabic() {
		return this.arabic;
	}

	public String english() {
		return getMessage();
	}

}
