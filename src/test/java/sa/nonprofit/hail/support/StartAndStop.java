package sa.nonprofit.hail.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import sa.nonprofit.hail.AssociationApplication;
import sa.nonprofit.hail.calendar.HolidayCalendar;

/** Starts the application, optionally records a support request, prints what the database holds, and stops. */
public final class StartAndStop {

	private StartAndStop() {
	}

	public static void main(String[] args) {
		List<String> arguments = List.of(args);
		ConfigurableApplicationContext context = SpringApplication.run(AssociationApplication.class,
				arguments.stream().filter(arg -> !arg.equals("--start-request")).toArray(String[]::new));
		RuntimeService runtime = context.getBean(RuntimeService.class);
		if (arguments.contains("--start-request")) {
			runtime.startProcessInstanceByKey("BeneficiaryRequestProcess",
					Map.of("applicantName", "اختبار", "nationalId", "1000000008", "mobile", "0512345678", "channel",
							"LETTER", "supportType", "OTHER", "requestDetails", "بعد إعادة التشغيل"));
		}
		System.out.println("REQUESTS=" + runtime.createProcessInstanceQuery().processDefinitionKey("BeneficiaryRequestProcess").count());
		System.out.println("HOLIDAYS=" + context.getBean(HolidayCalendar.class)
			.list(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).size());
		context.close();
	}

}
