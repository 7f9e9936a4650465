package sa.nonprofit.hail.notification;

/** A channel could not deliver a message; the message names the reason, never the recipient. */
class DeliveryException extends RuntimeException {

	DeliveryException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
