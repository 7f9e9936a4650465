package sa.nonprofit.hail.notification;

/**
 * A message could not be sent. Thrown out of the sending service task so that the engine retries the job and, when the
 * retries run out, shows an incident in Cockpit with this (personal-data-free) message.
 */
public class NotificationNotDeliveredException extends RuntimeException {

	public NotificationNotDeliveredException(NotificationKind kind, String reference, String reason) {
		super("تعذّر إرسال رسالة " + kind + " بشأن " + reference + " — Message " + kind + " about " + reference
				+ " not delivered: " + reason);
	}

}
