package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import sa.nonprofit.hail.system.BpmnLint.Finding;

/**
 * Every model in processes/ passes bpmnlint's recommended rules (see {@link BpmnLint}) and takes its deadlines one way;
 * the rules can fail.
 */
class BpmnLintTest {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)\\}");

	private static final Pattern SET_FROM_DEADLINES = Pattern
		.compile("\\$\\{execution\\.setVariable\\('(\\w+)', deadlines\\.\\w+\\((?:\\w+)?\\)\\)\\}");

	static Stream<Path> models() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			List<Path> bpmn = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
			assertThat(bpmn).isNotEmpty();
			return bpmn.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void modelPassesTheRecommendedRules(Path file) {
		List<Finding> findings = BpmnLint.check(Bpmn.readModelFromFile(file.toFile()));
		assertThat(findings).as("bpmnlint findings in %s", file).isEmpty();
	}

	/**
	 * Deadlines one way: every timer and task due date reads a plain variable, and that variable is stored by an
	 * execution listener from the {@code deadlines} bean (configuration), never computed in the timer itself.
	 */
	@ParameterizedTest
	@MethodSource("models")
	void everyDeadlineIsAVariableSetFromTheDeadlinesBean(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		Set<String> setFromDeadlines = new HashSet<>();
		for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
			Matcher setting = SET_FROM_DEADLINES.matcher(String.valueOf(listener.getCamundaExpression()));
			if (setting.matches()) {
				setFromDeadlines.add(setting.group(1));
			}
		}
		List<String> deadlineExpressions = new ArrayList<>();
		for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
			Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())
				.filter(Objects::nonNull)
				.forEach(expression -> deadlineExpressions.add(expression.getTextContent().trim()));
		}
		model.getModelElementsByType(UserTask.class).stream()
			.map(UserTask::getCamundaDueDate)
			.filter(Objects::nonNull)
			.forEach(deadlineExpressions::add);

		assertThat(deadlineExpressions).as("timers and due dates in %s", file).isNotEmpty().allSatisfy(expression -> {
			Matcher variable = VARIABLE.matcher(expression);
			assertThat(variable.matches()).as("%s reads one variable", expression).isTrue();
			assertThat(setFromDeadlines).as("variables set from ${deadlines...}").contains(variable.group(1));
		});
	}

	@Test
	void aTaskReachedByTwoFlowsWithoutAGatewayIsAFakeJoin() {
		BpmnModelInstance model = twoWaysInto("Task_Joined", false);

		assertThat(BpmnLint.check(model)).extracting(Finding::rule, Finding::elementId)
			.contains(tuple("fake-join", "Task_Joined"));
	}

	@Test
	void aMergingGatewayBeforeTheTaskIsNoFakeJoin() {
		BpmnModelInstance model = twoWaysInto("Task_Joined", true);

		assertThat(BpmnLint.check(model)).extracting(Finding::rule).doesNotContain("fake-join");
	}

	@Test
	void aPointlessGatewayALoopBackIntoATaskAndAnUnnamedHalfConditionedSplitAreFlagged() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("Gateways")
			.startEvent("Start").name("بدء")
			.exclusiveGateway("Gateway_Nothing")
			.userTask("Task_Loop").name("عمل")
			.exclusiveGateway("Gateway_Again").name(" ")
			.condition("نعم", "${again}")
			.connectTo("Task_Loop")
			.moveToNode("Gateway_Again")
			.userTask("Task_Unconditioned").name("بلا شرط")
			.endEvent("End").name("نهاية")
			.done();
		String unconditioned = model.<FlowNode>getModelElementById("Task_Unconditioned").getIncoming().iterator().next()
			.getId();

		assertThat(BpmnLint.check(model)).extracting(Finding::rule, Finding::elementId)
			.contains(tuple("superfluous-gateway", "Gateway_Nothing"), tuple("fake-join", "Task_Loop"),
					tuple("label-required", "Gateway_Again"), tuple("conditional-flows", unconditioned));
	}

	/** Start, a choice of two tasks, then {@code joined}: reached directly by both, or through a merging gateway. */
	private static BpmnModelInstance twoWaysInto(String joined, boolean merge) {
		var first = Bpmn.createExecutableProcess("TwoWays")
			.startEvent("Start").name("بدء")
			.exclusiveGateway("Gateway_Choice").name("أي طريق؟")
			.condition("أ", "${a}")
			.userTask("Task_A").name("أ");
		var afterFirst = merge ? first.exclusiveGateway("Gateway_ChoiceMerge").name("دمج الطريقين") : first;
		BpmnModelInstance model = afterFirst.userTask(joined).name("بعد الطريقين")
			.endEvent("End").name("نهاية")
			.moveToNode("Gateway_Choice")
			.condition("ب", "${!a}")
			.userTask("Task_B").name("ب")
			.connectTo(merge ? "Gateway_ChoiceMerge" : joined)
			.done();
		Bpmn.validateModel(model);
		return model;
	}

}
