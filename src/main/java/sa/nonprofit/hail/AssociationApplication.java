package sa.nonprofit.hail;

import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the association's procedures on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AssociationApplication {

	/** The association works in Riyadh time; every date the engine stores and shows is in it. */
	public static final String TIME_ZONE = "Asia/Riyadh";

	/** {@link #TIME_ZONE} as a zone, for every date the application computes or shows. */
	public static final ZoneId ZONE = ZoneId.of(TIME_ZONE);

	public static void main(String[] args) {
		TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONE));
		SpringApplication.run(AssociationApplication.class, args);
	}

}
