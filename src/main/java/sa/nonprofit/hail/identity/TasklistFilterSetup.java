package sa.nonprofit.hail.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/** One Tasklist filter per staff group, named in Arabic and readable by that group alone. */
@Component
class TasklistFilterSetup {

	static final String NAME_PREFIX = "مهام ";

	private final FilterService filters;

	private final TaskService tasks;

	private final AuthorizationSetup authorizations;

	TasklistFilterSetup(FilterService filters, TaskService tasks, AuthorizationSetup authorizations) {
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
	}

	void apply() {
		int priority = 0;
		for (StaffGroup group : StaffGroup.values()) {
			if (!group.worksInTasklist()) {
				continue;
			}
			Filter filter = findOrCreate(group, priority++);
			this.authorizations.grantExactly(group.id(), Resources.FILTER, filter.getId(), Permissions.READ);
		}
	}

	static String filterName(StaffGroup group) {
		return NAME_PREFIX + group.arabicName();
	}

	private Filter findOrCreate(StaffGroup group, int priority) {
		String name = filterName(group);
		Filter existing = this.filters.createFilterQuery().filterName(name).singleResult();
		if (existing != null) {
			return existing;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", "المهام المتاحة لمجموعة " + group.arabicName() + " والمسندة إلى أعضائها");
		properties.put("priority", priority);
		properties.put("refresh", true);
		Filter filter = this.filters.newTaskFilter(name)
			.setProperties(properties)
			.setQuery(this.tasks.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks().orderByDueDate().asc());
		return this.filters.saveFilter(filter);
	}

}
