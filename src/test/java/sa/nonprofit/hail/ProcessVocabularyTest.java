package sa.nonprofit.hail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.privacy.DataBreachProcess;
import sa.nonprofit.hail.privacy.DataSubjectProcess;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * Each process has one typed home for its names ({@code BeneficiaryProcess}, {@code WhistleblowerProcess}): element
 * ids, variable names, form ids and the closed lists a variable takes its values from. This test holds the home, the
 * BPMN model, the Camunda Forms and the Java code to each other, both ways, so a renamed variable or a new form field
 * cannot drift away from its constant.
 */
class ProcessVocabularyTest {

	/** The two processes and their homes. */
	enum Process {

		BENEFICIARY(BeneficiaryProcess.class, BeneficiaryProcess.Elements.class, BeneficiaryProcess.Variables.class,
				BeneficiaryProcess.Forms.class, BeneficiaryProcess.CHOICES, BeneficiaryProcess.PROCESS_ID),
		WHISTLEBLOWING(WhistleblowerProcess.class, WhistleblowerProcess.Elements.class,
				WhistleblowerProcess.Variables.class, WhistleblowerProcess.Forms.class, WhistleblowerProcess.CHOICES,
				WhistleblowerProcess.PROCESS_ID),
		DATA_SUBJECT(DataSubjectProcess.class, DataSubjectProcess.Elements.class, DataSubjectProcess.Variables.class,
				DataSubjectProcess.Forms.class, DataSubjectProcess.CHOICES, DataSubjectProcess.PROCESS_ID),
		DATA_BREACH(DataBreachProcess.class, DataBreachProcess.Elements.class, DataBreachProcess.Variables.class,
				DataBreachProcess.Forms.class, DataBreachProcess.CHOICES, DataBreachProcess.PROCESS_ID);

		final Class<?> home;

		final Class<?> elements;

		final Class<?> variables;

		final Class<?> forms;

		final Map<String, Class<? extends Enum<?>>> choices;

		final String processId;

		Process(Class<?> home, Class<?> elements, Class<?> variables, Class<?> forms,
				Map<String, Class<? extends Enum<?>>> choices, String processId) {
			this.home = home;
			this.elements = elements;
			this.variables = variables;
			this.forms = forms;
			this.choices = choices;
			this.processId = processId;
		}

		String bpmn() throws IOException {
			return Files.readString(Path.of("processes", this.processId + ".bpmn"));
		}

	}

	/** Names the models use that are not process variables: the engine's own and the application's beans. */
	private static final Set<String> NOT_VARIABLES = Set.of("execution", "task", "true", "false", "null");

	private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");

	private static final Pattern IDENTIFIER = Pattern.compile("(?<![.'\\w])([a-zA-Z_]\\w*)(?!\\s*\\()");

	private static final Pattern QUOTED = Pattern.compile("'[^']*'");

	private static final ObjectMapper JSON = new ObjectMapper();

	@ParameterizedTest
	@EnumSource(Process.class)
	void everyElementConstantNamesAnElementOfTheModel(Process process) throws Exception {
		Set<String> ids = matches(process.bpmn(), Pattern.compile("\\sid=\"([^\"]+)\""));
		assertThat(ids).containsAll(constants(process.elements));
		assertThat(ids).contains(process.processId);
	}

	@ParameterizedTest
	@EnumSource(Process.class)
	void formConstantsAndTheModelsFormsAreTheSame(Process process) throws Exception {
		Set<String> referenced = matches(process.bpmn(), Pattern.compile("camunda:formRef=\"([^\"]+)\""));
		assertThat(referenced).containsExactlyInAnyOrderElementsOf(constants(process.forms));
		assertThat(forms().keySet()).containsAll(referenced);
	}

	@ParameterizedTest
	@EnumSource(Process.class)
	void everyVariableTheModelNamesHasItsConstant(Process process) throws Exception {
		assertThat(modelVariables(process.bpmn(), beans())).isSubsetOf(constants(process.variables));
	}

	@ParameterizedTest
	@EnumSource(Process.class)
	void everyFieldOfTheProcesssFormsHasItsConstant(Process process) throws Exception {
		Set<String> keys = new TreeSet<>();
		for (String form : constants(process.forms)) {
			keys.addAll(fields(forms().get(form)).keySet());
		}
		assertThat(keys).isSubsetOf(constants(process.variables));
	}

	/** A variable constant is named by the model, a form, or the application code that writes or reads it. */
	@ParameterizedTest
	@EnumSource(Process.class)
	void everyVariableConstantIsUsed(Process process) throws Exception {
		Set<String> used = new TreeSet<>(modelVariables(process.bpmn(), beans()));
		for (String form : constants(process.forms)) {
			used.addAll(fields(forms().get(form)).keySet());
		}
		String code = mainJava().filter(file -> !file.getFileName().toString().equals(process.home.getSimpleName() + ".java"))
			.map(ProcessVocabularyTest::read)
			.collect(Collectors.joining("\n"));
		Set<String> unused = new TreeSet<>();
		for (Field field : process.variables.getDeclaredFields()) {
			if (isConstant(field) && !used.contains((String) field.get(null))
					&& !code.matches("(?s).*\\bVariables\\." + field.getName() + "\\b.*")) {
				unused.add(field.getName());
			}
		}
		assertThat(unused).as("variable constants no model, form or code uses").isEmpty();
	}

	/** A chosen value in a form or a condition is one of its list, and the list is what the forms offer. */
	@ParameterizedTest
	@EnumSource(Process.class)
	void closedListsMatchTheFormsAndTheConditions(Process process) throws Exception {
		Map<String, Set<String>> offered = new TreeMap<>();
		for (String form : constants(process.forms)) {
			fields(forms().get(form)).forEach((key, values) -> {
				if (!values.isEmpty()) {
					offered.computeIfAbsent(key, k -> new TreeSet<>()).addAll(values);
				}
			});
		}
		assertThat(offered.keySet()).isSubsetOf(process.choices.keySet());
		offered.forEach((key, values) -> assertThat(values).as(key).isEqualTo(names(process.choices.get(key))));
		Matcher comparison = Pattern.compile("(\\w+)\\s*[!=]=\\s*'([^']*)'").matcher(process.bpmn());
		while (comparison.find()) {
			assertThat(process.choices).as("a list for " + comparison.group(1)).containsKey(comparison.group(1));
			assertThat(names(process.choices.get(comparison.group(1)))).as(comparison.group(1))
				.contains(comparison.group(2));
		}
		Matcher assignment = Pattern.compile("setVariable(?:Local)?\\('(\\w+)',\\s*'([^']*)'\\)").matcher(process.bpmn());
		while (assignment.find()) {
			assertThat(names(process.choices.get(assignment.group(1)))).as(assignment.group(1))
				.contains(assignment.group(2));
		}
	}

	/** Outside the two homes, main code names no process variable by a string of its own. */
	@ParameterizedTest
	@EnumSource(Process.class)
	void noRawVariableNameInMainCode(Process process) throws Exception {
		Set<String> variables = constants(process.variables);
		Set<String> raw = new TreeSet<>();
		for (Path file : mainJava().toList()) {
			if (file.getFileName().toString().endsWith("Process.java")) {
				continue;
			}
			for (String literal : matches(read(file), Pattern.compile("\"(\\w+)\""))) {
				if (variables.contains(literal) && !ALLOWED_LITERALS.contains(file.getFileName() + ":" + literal)) {
					raw.add(file.getFileName() + ":" + literal);
				}
			}
		}
		assertThat(raw).isEmpty();
	}

	/** Literals that happen to spell a variable's name but mean something else. */
	private static final Set<String> ALLOWED_LITERALS = Set.of(
			// a Tasklist filter's own description property
			"TasklistFilterSetup.java:description",
			// a column of the KPI export
			"KpiCsv.java:channel",
			// the sealed columns of a reporter's contact, named in each value's associated data
			"ReporterContacts.java:mobile", "ReporterContacts.java:email");

	/** Variables the model names: expression identifiers that are not beans, names given in strings, parameters. */
	static Set<String> modelVariables(String bpmn, Set<String> beans) {
		Set<String> variables = new TreeSet<>();
		Matcher expression = EXPRESSION.matcher(bpmn);
		while (expression.find()) {
			String body = expression.group(1);
			Matcher named = Pattern.compile("setVariable(?:Local)?\\('(\\w+)'").matcher(body);
			while (named.find()) {
				variables.add(named.group(1));
			}
			Matcher assigned = Pattern.compile("caseNumbers\\.\\w+\\(execution,\\s*'\\w+',\\s*'(\\w+)'").matcher(body);
			while (assigned.find()) {
				variables.add(assigned.group(1));
			}
			Matcher identifier = IDENTIFIER.matcher(QUOTED.matcher(body).replaceAll("''"));
			while (identifier.find()) {
				String name = identifier.group(1);
				if (!beans.contains(name) && !NOT_VARIABLES.contains(name)) {
					variables.add(name);
				}
			}
		}
		variables.addAll(matches(bpmn, Pattern.compile("<camunda:(?:inputParameter|outputParameter) name=\"(\\w+)\"")));
		return variables;
	}

	/** Beans the models call: delegates, and objects whose methods an expression calls. */
	private static Set<String> beans() throws IOException {
		Set<String> beans = new TreeSet<>();
		for (Process process : Process.values()) {
			String bpmn = process.bpmn();
			beans.addAll(matches(bpmn, Pattern.compile("(?:delegateExpression|camunda:expression|expression)=\"\\$\\{(\\w+)}\"")));
			beans.addAll(matches(bpmn, Pattern.compile("(\\w+)\\.\\w+\\(")));
		}
		beans.removeAll(Set.of("execution"));
		return beans;
	}

	private static Map<String, JsonNode> forms() throws IOException {
		Map<String, JsonNode> forms = new TreeMap<>();
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
				JsonNode form = JSON.readTree(file.toFile());
				forms.put(form.path("id").asText(), form);
			}
		}
		return forms;
	}

	/** A form's field keys, each with the values it offers (empty for free input). */
	private static Map<String, Set<String>> fields(JsonNode form) {
		Map<String, Set<String>> fields = new TreeMap<>();
		collect(form, fields);
		return fields;
	}

	private static void collect(JsonNode node, Map<String, Set<String>> fields) {
		for (JsonNode component : node.path("components")) {
			if (component.hasNonNull("key")) {
				Set<String> values = new TreeSet<>();
				component.path("values").forEach(value -> values.add(value.path("value").asText()));
				fields.computeIfAbsent(component.get("key").asText(), k -> new TreeSet<>()).addAll(values);
			}
			collect(component, fields);
		}
	}

	private static Set<String> constants(Class<?> holder) throws IllegalAccessException {
		Set<String> values = new TreeSet<>();
		for (Field field : holder.getDeclaredFields()) {
			if (isConstant(field)) {
				values.add((String) field.get(null));
			}
		}
		return values;
	}

	private static boolean isConstant(Field field) {
		return Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())
				&& field.getType() == String.class;
	}

	private static Set<String> names(Class<? extends Enum<?>> list) {
		return Arrays.stream(list.getEnumConstants()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> matches(String text, Pattern pattern) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Stream<Path> mainJava() throws IOException {
		return Files.walk(Path.of("src/main/java")).filter(file -> file.toString().endsWith(".java"));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
