package sa.nonprofit.hail;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import sa.nonprofit.hail.system.ApplicationTime;

/** Runs the association's procedures on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AssociationApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(AssociationApplication.class);
		// The association works in one zone (app.time-zone, Asia/Riyadh): every date the engine stores and shows is in it.
		application.addListeners(ApplicationTime.defaultZone());
		application.run(args);
	}

}
