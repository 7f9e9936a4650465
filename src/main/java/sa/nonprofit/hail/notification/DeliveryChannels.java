package sa.nonprofit.hail.notification;

import java.util.List;

import org.springframework.stereotype.Component;

/** The names of the ways messages leave the association (EMAIL, SMS), for the record of processing. */
@Component
public class DeliveryChannels {

	private final List<String> names;

	DeliveryChannels(List<DeliveryChannel> channels) {
		this.names = channels.stream().map(DeliveryChannel::name).toList();
	}

	/** Every channel the application can send on, configured or not. */
	public List<String> names() {
		return this.names;
	}

}
