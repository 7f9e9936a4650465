package sa.nonprofit.hail.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Arabic locale files against the English files of the Camunda webjar on the class path: when Camunda is
 * upgraded and adds or renames a label, these tests name the keys to translate.
 */
class WebappLocalesTest {

	private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

	/** Angular interpolations, HTML tags and entities: the app fills or renders them, so they must survive. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|</?[a-zA-Z][^>]*>|&[a-z]+;");

	private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");

	/** Labels that are symbols, formats, product names or empty fragments in every language. */
	private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("", " ", "<", "<=", ">", ">=", "null", "<null>",
			"<undefined>", "CSV", "JSON", "Optimize", "requestPayload", "YYYY-MM-DDTHH:mm:ss");

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyEnglishLabelHasAnArabicLabelAndNoneIsLeftOver(String app) throws IOException {
		Set<String> english = keys(labels(app, "en"));
		Set<String> arabic = keys(labels(app, "ar"));

		Set<String> missing = new TreeSet<>(english);
		missing.removeAll(arabic);
		Set<String> leftOver = new TreeSet<>(arabic);
		leftOver.removeAll(english);
		assertThat(missing).as("labels of %s/en.json missing from ar.json", app).isEmpty();
		assertThat(leftOver).as("labels in %s/ar.json that Camunda no longer has", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyLabelIsArabicAndKeepsItsPlaceholders(String app) throws IOException {
		JsonNode english = labels(app, "en");
		JsonNode arabic = labels(app, "ar");
		List<String> notArabic = new ArrayList<>();
		List<String> placeholdersChanged = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> label = it.next();
			String translated = arabic.path(label.getKey()).asText();
			if (!ARABIC_LETTER.matcher(translated).find() && !SAME_IN_EVERY_LANGUAGE.contains(translated)) {
				notArabic.add(label.getKey() + " = " + translated);
			}
			if (!placeholders(label.getValue().asText()).equals(placeholders(translated))
					&& !label.getValue().asText().startsWith("<") && !label.getValue().asText().startsWith("&lt;")) {
				placeholdersChanged.add(label.getKey() + ": " + label.getValue().asText() + " -> " + translated);
			}
		}
		assertThat(notArabic).as("labels of %s/ar.json without Arabic", app).isEmpty();
		assertThat(placeholdersChanged).as("labels of %s/ar.json that lost or changed a placeholder", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin" })
	void datesHaveEveryFieldOfTheEnglishFileArabicNamesAndTheSaudiWeek(String app) throws IOException {
		JsonNode english = read(app, "en").get("dateLocales");
		JsonNode arabic = read(app, "ar").get("dateLocales");

		assertSameShape("dateLocales", english, arabic);
		assertThat(arabic.get("months").get(0).asText()).isEqualTo("يناير");
		assertThat(arabic.get("months").get(11).asText()).isEqualTo("ديسمبر");
		assertThat(arabic.get("weekdays").get(5).asText()).isEqualTo("الجمعة");
		assertThat(arabic.get("week").get("dow").asInt()).as("the week starts on Sunday").isZero();
		assertThat(arabic.get("relativeTime").get("future").asText()).contains("%s").contains("بعد");
	}

	private void assertSameShape(String path, JsonNode english, JsonNode arabic) {
		assertThat(arabic).as(path).isNotNull();
		assertThat(arabic.getNodeType()).as(path).isEqualTo(english.getNodeType());
		if (english.isObject()) {
			assertThat(keys(arabic)).as(path).isEqualTo(keys(english));
			english.fieldNames().forEachRemaining(name -> assertSameShape(path + "." + name, english.get(name), arabic.get(name)));
		}
		else if (english.isArray()) {
			assertThat(arabic.size()).as(path).isEqualTo(english.size());
		}
	}

	private JsonNode labels(String app, String language) throws IOException {
		return read(app, language).get("labels");
	}

	private JsonNode read(String app, String language) throws IOException {
		String resource = LOCALES.formatted(app, language);
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			// Camunda's English files start with a byte order mark.
			String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
			return this.json.readTree(text);
		}
	}

	private static Set<String> keys(JsonNode object) {
		Set<String> keys = new TreeSet<>();
		object.fieldNames().forEachRemaining(keys::add);
		return keys;
	}

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		found.sort(null);
		return found;
	}

}
