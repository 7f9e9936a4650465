package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The retention defaults in application.yaml and each model's history time to live say the same (README table). */
class RetentionModelsTest {

	static RetentionProperties defaults() throws IOException {
		var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"));
		return new Binder(ConfigurationPropertySources.from(sources)).bind("app.privacy.retention",
				RetentionProperties.class).get();
	}

	static Stream<Path> processes() throws IOException {
		return Files.list(Path.of("processes")).filter(file -> file.toString().endsWith(".bpmn")).sorted();
	}

	@ParameterizedTest
	@MethodSource("processes")
	void eachModelKeepsHistoryForItsLongestConfiguredPeriod(Path model) throws IOException {
		String bpmn = Files.readString(model);
		Matcher id = Pattern.compile("<bpmn:process id=\"([^\"]+)\"").matcher(bpmn);
		Matcher days = Pattern.compile("historyTimeToLive=\"(\\d+)\"").matcher(bpmn);
		assertThat(id.find() && days.find()).isTrue();
		Map<String, Integer> configured = RetentionModels.daysByProcess(defaults());
		assertThat(configured).as("a retention period for " + id.group(1)).containsKey(id.group(1));
		assertThat(Integer.parseInt(days.group(1))).as(id.group(1)).isEqualTo(configured.get(id.group(1)));
	}

	@Test
	void theReadmeListsEveryPeriodAsConfigured() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		defaults().periods().forEach((type, period) -> assertThat(readme.lines()
			.filter(line -> line.contains("| `" + type + "` |")))
			.as("the README's row for " + type)
			.singleElement()
			.asString()
			.contains("| " + period.toDays() + " days"));
	}

}
