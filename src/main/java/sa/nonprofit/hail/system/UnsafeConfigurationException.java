package sa.nonprofit.hail.system;

/** The configuration would run the application unsafely; start-up stops with {@link #action()} as the advice. */
public class UnsafeConfigurationException extends RuntimeException {

	private final String action;

	public UnsafeConfigurationException(String problem, String action) {
		super(problem);
		this.action = action;
	}

	public String action() {
		return this.action;
	}

}
