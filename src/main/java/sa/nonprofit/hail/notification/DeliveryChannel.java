package sa.nonprofit.hail.notification;

/** One way of delivering a message (e-mail, SMS). */
interface DeliveryChannel {

	/** Short name for the delivery record, e.g. EMAIL. */
	String name();

	/** Whether this channel has what it needs to send anything at all. */
	boolean configured();

	/** Whether the recipient gave what this channel needs (an e-mail address, a mobile number). */
	boolean reaches(Recipient recipient);

	/** Sends; throws {@link DeliveryException} with a reason free of personal data when it could not. */
	void deliver(RenderedMessage message, Recipient recipient);

}
