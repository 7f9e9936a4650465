package sa.nonprofit.hail.notification;

/** The one way both processes send messages. Implementations record every message durably before anything else. */
public interface NotificationPort {

	/** Sends (or records for sending); throws when the message could not even be recorded, so the job retries. */
	void send(Notification notification);

}
