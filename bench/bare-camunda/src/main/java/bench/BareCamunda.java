package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare Camunda 7 application: the yardstick for our start-up time and memory. */
@SpringBootApplication
public class BareCamunda {

	public static void main(String[] args) {
		SpringApplication.run(BareCamunda.class, args);
	}

}
