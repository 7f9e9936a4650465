package sa.nonprofit.hail.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.DataObject;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * The rules of bpmnlint's {@code recommended} set (bpmn.io) that apply to these models, in Java so the build needs no
 * Node: each finding names its rule and the element's id. Incoming and outgoing flows are read from the sequence flows'
 * source and target, as the engine reads them.
 */
final class BpmnLint {

	/** One rule broken by one element. */
	record Finding(String rule, String elementId, String message) {

		@Override
		public String toString() {
			return this.rule + ": " + this.elementId + " (" + this.message + ")";
		}

	}

	private final BpmnModelInstance model;

	private final List<Finding> findings = new ArrayList<>();

	private final Map<FlowNode, List<SequenceFlow>> incoming = new HashMap<>();

	private final Map<FlowNode, List<SequenceFlow>> outgoing = new HashMap<>();

	private BpmnLint(BpmnModelInstance model) {
		this.model = model;
		for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
			this.outgoing.computeIfAbsent(flow.getSource(), node -> new ArrayList<>()).add(flow);
			this.incoming.computeIfAbsent(flow.getTarget(), node -> new ArrayList<>()).add(flow);
		}
	}

	/** Every finding in the model, in the order the rules run. */
	static List<Finding> check(BpmnModelInstance model) {
		BpmnLint lint = new BpmnLint(model);
		lint.checkScopes();
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			lint.checkNode(node);
		}
		lint.noDuplicateSequenceFlows();
		lint.labelRequiredOnConditionalFlows();
		lint.noBpmnDi();
		lint.noOverlappingElements();
		lint.edgesMeetTheirShapes();
		return List.copyOf(lint.findings);
	}

	private void report(String rule, BaseElement element, String message) {
		this.findings.add(new Finding(rule, element.getId(), message));
	}

	private void checkScopes() {
		Map<BaseElement, Collection<FlowElement>> scopes = new LinkedHashMap<>();
		this.model.getModelElementsByType(Process.class).forEach(process -> scopes.put(process, process.getFlowElements()));
		this.model.getModelElementsByType(SubProcess.class)
			.forEach(subProcess -> scopes.put(subProcess, subProcess.getFlowElements()));
		scopes.forEach((scope, elements) -> {
			if (elements.stream().noneMatch(StartEvent.class::isInstance)) {
				report("start-event-required", scope, "missing start event");
			}
			if (elements.stream().noneMatch(EndEvent.class::isInstance)) {
				report("end-event-required", scope, "missing end event");
			}
			long blankStarts = elements.stream()
				.filter(element -> element instanceof StartEvent start && start.getEventDefinitions().isEmpty())
				.count();
			if (blankStarts > 1) {
				report("single-blank-start-event", scope, "several blank start events");
			}
		});
	}

	private void checkNode(FlowNode node) {
		List<SequenceFlow> in = this.incoming.getOrDefault(node, List.of());
		List<SequenceFlow> out = this.outgoing.getOrDefault(node, List.of());
		boolean activityOrEvent = node instanceof Activity || node instanceof Event;
		if (activityOrEvent && in.size() > 1) {
			report("fake-join", node, "incoming flows do not join; merge them in a gateway");
		}
		if (activityOrEvent && out.stream().filter(flow -> !conditional(node, flow)).count() > 1) {
			report("no-implicit-split", node, "flow splits implicitly");
		}
		boolean connectable = node instanceof Task || node instanceof Gateway || node instanceof SubProcess
				|| node instanceof Event;
		if (connectable && !eventSubProcess(node) && !compensation(node) && in.isEmpty() && out.isEmpty()) {
			report("no-disconnected", node, "not connected");
		}
		if (in.isEmpty() && implicitStartCandidate(node)) {
			report("no-implicit-start", node, "implicit start");
		}
		if (out.isEmpty() && implicitEndCandidate(node)) {
			report("no-implicit-end", node, "implicit end");
		}
		if (node instanceof Gateway) {
			if (in.size() > 1 && out.size() > 1) {
				report("no-gateway-join-fork", node, "gateway forks and joins");
			}
			if (in.size() == 1 && out.size() == 1) {
				report("superfluous-gateway", node, "only one source and one target");
			}
		}
		if (node instanceof ComplexGateway) {
			report("no-complex-gateway", node, "complex gateway");
		}
		if (node instanceof InclusiveGateway) {
			report("no-inclusive-gateway", node, "inclusive gateway");
		}
		if (eventDefinitions(node).size() > 1) {
			report("single-event-definition", node, "several event definitions");
		}
		if (out.stream().anyMatch(flow -> conditional(node, flow))) {
			out.stream()
				.filter(flow -> !conditional(node, flow))
				.forEach(flow -> report("conditional-flows", flow, "no condition and not the default flow"));
		}
		if (labelRequired(node, out) && blank(node.getName())) {
			report("label-required", node, "no name");
		}
	}

	private static boolean conditional(FlowNode source, SequenceFlow flow) {
		return flow.getConditionExpression() != null || flow.getId().equals(source.getAttributeValue("default"));
	}

	private static boolean labelRequired(FlowNode node, List<SequenceFlow> out) {
		if (node instanceof ParallelGateway || node instanceof EventBasedGateway || node instanceof SubProcess) {
			return false;
		}
		return !(node instanceof Gateway) || out.size() > 1;
	}

	private static boolean eventSubProcess(FlowNode node) {
		return node instanceof SubProcess subProcess && subProcess.triggeredByEvent();
	}

	private static boolean compensation(FlowNode node) {
		if (node instanceof Activity activity && activity.isForCompensation()) {
			return true;
		}
		Collection<EventDefinition> definitions = eventDefinitions(node);
		return node instanceof BoundaryEvent && definitions.size() == 1
				&& definitions.iterator().next() instanceof CompensateEventDefinition;
	}

	private static boolean implicitStartCandidate(FlowNode node) {
		if (!(node instanceof Event || node instanceof Activity || node instanceof Gateway)) {
			return false;
		}
		if (node instanceof StartEvent || node instanceof BoundaryEvent || eventSubProcess(node) || compensation(node)) {
			return false;
		}
		return !(node instanceof IntermediateCatchEvent && onlyLinks(node));
	}

	private static boolean implicitEndCandidate(FlowNode node) {
		if (!(node instanceof Event || node instanceof Activity || node instanceof Gateway)) {
			return false;
		}
		if (node instanceof EndEvent || eventSubProcess(node) || compensation(node)) {
			return false;
		}
		return !(node instanceof IntermediateThrowEvent && onlyLinks(node));
	}

	private static boolean onlyLinks(FlowNode node) {
		Collection<EventDefinition> definitions = eventDefinitions(node);
		return !definitions.isEmpty() && definitions.stream().allMatch(LinkEventDefinition.class::isInstance);
	}

	private static Collection<EventDefinition> eventDefinitions(FlowNode node) {
		if (node instanceof CatchEvent event) {
			return event.getEventDefinitions();
		}
		if (node instanceof ThrowEvent event) {
			return event.getEventDefinitions();
		}
		return List.of();
	}

	private void noDuplicateSequenceFlows() {
		Set<String> seen = new HashSet<>();
		for (SequenceFlow flow : this.model.getModelElementsByType(SequenceFlow.class)) {
			String condition = flow.getConditionExpression() == null ? "" : flow.getConditionExpression().getTextContent();
			if (!seen.add(flow.getSource().getId() + "#" + flow.getTarget().getId() + "#" + condition)) {
				report("no-duplicate-sequence-flows", flow, "duplicate of another flow from "
						+ flow.getSource().getId() + " to " + flow.getTarget().getId());
			}
		}
	}

	private void labelRequiredOnConditionalFlows() {
		for (SequenceFlow flow : this.model.getModelElementsByType(SequenceFlow.class)) {
			if (flow.getConditionExpression() != null && blank(flow.getName())) {
				report("label-required", flow, "conditional flow without a name");
			}
		}
	}

	private void noBpmnDi() {
		Set<String> drawn = new HashSet<>();
		this.model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
		this.model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
		for (FlowElement element : this.model.getModelElementsByType(FlowElement.class)) {
			if (!(element instanceof DataObject) && !drawn.contains(element.getId())) {
				report("no-bpmndi", element, "no shape or edge in the diagram");
			}
		}
	}

	/** bpmnlint's no-overlapping-elements: shapes in one scope do not touch, except a boundary event on its host. */
	private void noOverlappingElements() {
		List<BpmnShape> shapes = this.model.getModelElementsByType(BpmnShape.class)
			.stream()
			.filter(shape -> shape.getBpmnElement() instanceof FlowNode)
			.toList();
		Set<String> overlapping = new LinkedHashSet<>();
		for (int i = 0; i < shapes.size(); i++) {
			for (int j = i + 1; j < shapes.size(); j++) {
				FlowNode first = (FlowNode) shapes.get(i).getBpmnElement();
				FlowNode second = (FlowNode) shapes.get(j).getBpmnElement();
				if (first.getParentElement() != second.getParentElement() || attached(first, second)
						|| attached(second, first)) {
					continue;
				}
				if (collide(shapes.get(i).getBounds(), shapes.get(j).getBounds())) {
					overlapping.add(first.getId());
					overlapping.add(second.getId());
				}
			}
		}
		overlapping.forEach(id -> this.findings.add(new Finding("no-overlapping-elements", id, "overlaps another shape")));
	}

	private static boolean attached(FlowNode event, FlowNode host) {
		return event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host;
	}

	private static boolean collide(Bounds a, Bounds b) {
		return a.getX() + a.getWidth() >= b.getX() && b.getX() + b.getWidth() >= a.getX()
				&& a.getY() + a.getHeight() >= b.getY() && b.getY() + b.getHeight() >= a.getY();
	}

	/**
	 * Not a bpmnlint rule: a drawn flow starts on its source's shape and ends on its target's, so a moved shape
	 * cannot leave its flows pointing into empty space.
	 */
	private void edgesMeetTheirShapes() {
		Map<String, Bounds> bounds = new HashMap<>();
		this.model.getModelElementsByType(BpmnShape.class)
			.forEach(shape -> bounds.put(shape.getBpmnElement().getId(), shape.getBounds()));
		for (BpmnEdge edge : this.model.getModelElementsByType(BpmnEdge.class)) {
			if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
				continue;
			}
			List<Waypoint> points = List.copyOf(edge.getWaypoints());
			if (points.size() < 2 || !on(points.get(0), bounds.get(flow.getSource().getId()))
					|| !on(points.get(points.size() - 1), bounds.get(flow.getTarget().getId()))) {
				report("edge-ends-on-shapes", flow, "drawn edge does not run from its source's shape to its target's");
			}
		}
	}

	private static boolean on(Waypoint point, Bounds shape) {
		double slack = 1;
		return shape != null && point.getX() >= shape.getX() - slack
				&& point.getX() <= shape.getX() + shape.getWidth() + slack && point.getY() >= shape.getY() - slack
				&& point.getY() <= shape.getY() + shape.getHeight() + slack;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
