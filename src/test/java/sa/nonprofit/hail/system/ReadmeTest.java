package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the README tells a newcomer is true of the code it sits beside. */
class ReadmeTest {

	private static final Path README = Path.of("README.md");

	static Stream<Path> processes() throws IOException {
		return Files.list(Path.of("processes")).filter(file -> file.toString().endsWith(".bpmn")).sorted();
	}

	@ParameterizedTest
	@MethodSource("processes")
	void eachProcessHasOneRetentionFigureAndItIsTheModels(Path model) throws IOException {
		String bpmn = Files.readString(model);
		Matcher id = Pattern.compile("<bpmn:process id=\"([^\"]+)\"").matcher(bpmn);
		Matcher days = Pattern.compile("historyTimeToLive=\"(\\d+)\"").matcher(bpmn);
		assertThat(id.find() && days.find()).as(model + " names its process and its time to live").isTrue();
		String readme = Files.readString(README);
		assertThat(readme.lines().filter(line -> line.startsWith("| `" + id.group(1) + "`")))
			.as("the README's retention row for " + id.group(1))
			.singleElement()
			.asString()
			.contains("| " + days.group(1) + " days");
	}

	@Test
	void theSampleNationalIdPassesTheCheck() throws IOException {
		Matcher sample = Pattern.compile("a national ID that passes the check digit is `(\\d{10})`")
			.matcher(Files.readString(README).replaceAll("\\s+", " "));
		assertThat(sample.find()).isTrue();
		assertThat(SaudiIdentifiers.isValidNationalId(sample.group(1))).isTrue();
	}

	@Test
	void theDocumentsItLinksAreInTheRepository() throws IOException {
		Matcher link = Pattern.compile("\\]\\((docs/[^)]+)\\)").matcher(Files.readString(README));
		int links = 0;
		while (link.find()) {
			links++;
			assertThat(Path.of(link.group(1))).as(link.group(1)).isRegularFile();
		}
		assertThat(links).isGreaterThanOrEqualTo(2);
	}

}
