package sa.nonprofit.hail.system;

/**
 * A sealed value could not be opened: its key is no longer configured, or the bytes or the row they were bound to
 * changed (tampering, or a value moved to another row). Never carries the value or the key.
 */
public class UnreadableSealException extends IllegalStateException {

	UnreadableSealException(String message, Throwable cause) {
		super(message, cause);
	}

}
