package sa.nonprofit.hail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.privacy.DataBreachProcess;
import sa.nonprofit.hail.privacy.DataSubjectProcess;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * Every task form opens with the case header (an HTML view of form-js, whose {@code {{ }}} templates escape the values
 * they insert): the case number, the applicant's name or the report's category, the stage, the due date and the link to
 * the case file where there is one (a data request has none). The stage is the task's name in the model and the due date its due-date variable, so the header
 * cannot drift from the model.
 */
class TaskFormHeaderTest {

	private static final String HEADER_ID = "Html_CaseHeader";

	private static final Pattern TEMPLATE = Pattern.compile("\\{\\{([^}]*)}}");

	private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w\"])([a-zA-Z_]\\w*+)(?!\\s*\\()");

	private static final Pattern DUE_VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

	/** Each process: its model, its case number and what tells its cases apart, and its variable names. */
	enum Process {

		BENEFICIARY(BeneficiaryProcess.PROCESS_ID, BeneficiaryProcess.Variables.REQUEST_NUMBER,
				BeneficiaryProcess.Variables.APPLICANT_NAME, BeneficiaryProcess.Variables.class, true),
		WHISTLEBLOWING(WhistleblowerProcess.PROCESS_ID, WhistleblowerProcess.Variables.REPORT_NUMBER,
				WhistleblowerProcess.Variables.CATEGORY_NAME, WhistleblowerProcess.Variables.class, true),
		/** A data request has no case file page: a link to one would answer 404. */
		DATA_SUBJECT(DataSubjectProcess.PROCESS_ID, DataSubjectProcess.Variables.REQUEST_NUMBER,
				DataSubjectProcess.Variables.REQUEST_TYPE_NAME, DataSubjectProcess.Variables.class, false),
		/** A breach has no case file page either: its register is the officer's. */
		DATA_BREACH(DataBreachProcess.PROCESS_ID, DataBreachProcess.Variables.BREACH_NUMBER,
				DataBreachProcess.Variables.BREACH_TITLE, DataBreachProcess.Variables.class, false);

		final String processId;

		final String number;

		final String party;

		final Class<?> variables;

		final boolean caseFile;

		Process(String processId, String number, String party, Class<?> variables, boolean caseFile) {
			this.processId = processId;
			this.number = number;
			this.party = party;
			this.variables = variables;
			this.caseFile = caseFile;
		}

	}

	@ParameterizedTest
	@EnumSource(Process.class)
	void everyTaskFormOpensWithTheCaseHeader(Process process) throws Exception {
		Map<String, JsonNode> forms = forms();
		var model = Bpmn.readModelFromFile(new File("processes/" + process.processId + ".bpmn"));
		var tasks = model.getModelElementsByType(UserTask.class);
		assertThat(tasks).isNotEmpty();
		for (UserTask task : tasks) {
			JsonNode form = forms.get(task.getCamundaFormRef());
			assertThat(form).as(task.getId()).isNotNull();
			JsonNode header = form.path("components").get(0);
			assertThat(header.path("id").asText()).as(task.getId()).isEqualTo(HEADER_ID);
			// An HTML view escapes what its templates insert; a text view would read a name as markdown.
			assertThat(header.path("type").asText()).isEqualTo("html");
			assertThat(header.has("key")).as("the header is shown, never submitted").isFalse();
			String content = header.path("content").asText();
			assertThat(content).as(task.getId())
				.contains("{{" + process.number + "}}", "{{" + process.party + "}}", ">" + task.getName() + "<");
			if (process.caseFile) {
				assertThat(content).as(task.getId())
					.contains("href=\"/cases/{{" + process.number + "}}\"", "فتح ملف الحالة");
			}
			else {
				assertThat(content).as(task.getId()).doesNotContain("/cases/").doesNotContain("فتح ملف الحالة");
			}
			if (task.getCamundaDueDate() != null) {
				Matcher due = DUE_VARIABLE.matcher(task.getCamundaDueDate());
				assertThat(due.matches()).as(task.getCamundaDueDate()).isTrue();
				assertThat(content).contains("{{substring(" + due.group(1) + ", 1, 10)}}");
			}
			else {
				assertThat(content).contains("لا مهلة نظامية لهذه المرحلة");
			}
			assertThat(templateVariables(content)).as(task.getId()).isSubsetOf(constants(process.variables));
		}
	}

	/** Tasklist rows show a task's own variables to groups without instance-wide rights: each task copies its two. */
	@ParameterizedTest
	@EnumSource(Process.class)
	void everyUserTaskCopiesItsRowVariablesWhenCreated(Process process) throws Exception {
		var model = Bpmn.readModelFromFile(new File("processes/" + process.processId + ".bpmn"));
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			Set<String> listeners = new TreeSet<>();
			task.getExtensionElements()
				.getElementsQuery()
				.filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class)
				.list()
				.stream()
				.filter(listener -> "create".equals(listener.getCamundaEvent()))
				.forEach(listener -> listeners.add(listener.getCamundaExpression()));
			assertThat(listeners).as(task.getId())
				.contains("${task.setVariableLocal('rowCaseNumber', task.getVariable('" + process.number + "'))}",
						"${task.setVariableLocal('rowCaseTitle', task.getVariable('" + process.party + "'))}");
		}
	}

	/** The start forms have no case yet: no header there. */
	@ParameterizedTest
	@EnumSource(Process.class)
	void startFormsHaveNoHeader(Process process) throws Exception {
		String form = switch (process) {
			case BENEFICIARY -> BeneficiaryProcess.Forms.START;
			case WHISTLEBLOWING -> WhistleblowerProcess.Forms.START;
			case DATA_SUBJECT -> DataSubjectProcess.Forms.START;
			case DATA_BREACH -> DataBreachProcess.Forms.START;
		};
		assertThat(forms().get(form).toString()).doesNotContain(HEADER_ID);
	}

	private static Set<String> templateVariables(String content) {
		Set<String> names = new TreeSet<>();
		Matcher template = TEMPLATE.matcher(content);
		while (template.find()) {
			Matcher identifier = IDENTIFIER.matcher(template.group(1));
			while (identifier.find()) {
				names.add(identifier.group(1));
			}
		}
		return names;
	}

	private static Set<String> constants(Class<?> holder) throws IllegalAccessException {
		Set<String> values = new TreeSet<>();
		for (Field field : holder.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				values.add((String) field.get(null));
			}
		}
		return values;
	}

	private static Map<String, JsonNode> forms() throws IOException {
		ObjectMapper json = new ObjectMapper();
		Map<String, JsonNode> forms = new TreeMap<>();
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
				JsonNode form = json.readTree(file.toFile());
				forms.put(form.path("id").asText(), form);
			}
		}
		return forms;
	}

}
