package sa.nonprofit.hail.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/**
 * One Tasklist filter per staff group, named in Arabic and readable by that group alone. Its task rows show the
 * variables that tell cases apart ({@link ProcessAccess#taskColumns()}) of the processes the group works in; the row
 * already shows the stage (the task's name) and the due date.
 */
@Component
class TasklistFilterSetup {

	static final String NAME_PREFIX = "مهام ";

	private final FilterService filters;

	private final TaskService tasks;

	private final AuthorizationSetup authorizations;

	private final List<ProcessAccess> processes;

	TasklistFilterSetup(FilterService filters, TaskService tasks, AuthorizationSetup authorizations,
			List<ProcessAccess> processes) {
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
		// In a fixed order, so that a restart finds the same properties and saves nothing.
		this.processes = processes.stream().sorted(Comparator.comparing(ProcessAccess::processKey)).toList();
	}

	void apply() {
		int priority = 0;
		for (StaffGroup group : StaffGroup.values()) {
			if (!group.worksInTasklist()) {
				continue;
			}
			Filter filter = findOrCreate(group, properties(group, priority++));
			this.authorizations.grantExactly(group.id(), Resources.FILTER, filter.getId(), Permissions.READ);
		}
	}

	static String filterName(StaffGroup group) {
		return NAME_PREFIX + genitive(group.arabicName());
	}

	/** The name this filter had before its group's name took the genitive; an installation renames it. */
	private static String formerName(StaffGroup group) {
		return NAME_PREFIX + group.arabicName();
	}

	/**
	 * A group's name after a noun ("مهام", "مجموعة") is in the genitive: a sound masculine plural ends in ي there,
	 * not و ("مهام موظفي علاقات المستفيدين").
	 */
	static String genitive(String name) {
		return name.replaceFirst("^(\\S+)و(?=\\s)", "$1ي");
	}

	/** What the filter shows; an installation from before gets it too, since the filter already exists there. */
	private Map<String, Object> properties(StaffGroup group, int priority) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", "المهام المتاحة لمجموعة " + genitive(group.arabicName()) + " والمسندة إلى أعضائها");
		properties.put("priority", priority);
		properties.put("refresh", true);
		properties.put("variables", columns(group));
		properties.put("showUndefinedVariable", false);
		return properties;
	}

	/** Tasklist's filter property {@code variables}: a list of {name, label}, in the order the row shows them. */
	private List<Map<String, String>> columns(StaffGroup group) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (ProcessAccess process : this.processes) {
			if (process.taskGroups().contains(group)) {
				process.taskColumns().forEach(column -> labels.putIfAbsent(column.variable(), column.label()));
			}
		}
		List<Map<String, String>> columns = new ArrayList<>();
		labels.forEach((name, label) -> {
			Map<String, String> variable = new LinkedHashMap<>();
			variable.put("name", name);
			variable.put("label", label);
			columns.add(variable);
		});
		return columns;
	}

	private Filter findOrCreate(StaffGroup group, Map<String, Object> properties) {
		String name = filterName(group);
		Filter existing = this.filters.createFilterQuery().filterName(name).singleResult();
		if (existing == null && !name.equals(formerName(group))) {
			existing = this.filters.createFilterQuery().filterName(formerName(group)).singleResult();
		}
		if (existing != null) {
			if (name.equals(existing.getName()) && properties.equals(existing.getProperties())) {
				return existing;
			}
			return this.filters.saveFilter(existing.setName(name).setProperties(properties));
		}
		Filter filter = this.filters.newTaskFilter(name)
			.setProperties(properties)
			.setQuery(this.tasks.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks().orderByDueDate().asc());
		return this.filters.saveFilter(filter);
	}

}
