package sa.nonprofit.hail.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The working calendar exactly as application.yaml configures it, without a database. */
final class ConfiguredCalendar {

	private ConfiguredCalendar() {
	}

	static CalendarProperties properties() {
		try {
			StandardEnvironment environment = new StandardEnvironment();
			new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
				.forEach(environment.getPropertySources()::addLast);
			return new Binder(ConfigurationPropertySources.get(environment)).bind("app.calendar", CalendarProperties.class)
				.get();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static WorkingCalendar calendar() {
		CalendarProperties properties = properties();
		return new WorkingCalendar(properties.weekend(),
				properties.holidays().stream().flatMap(CalendarProperties.HolidaySeed::days).map(Holiday::date).toList());
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
