package sa.nonprofit.hail.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permission;

/**
 * What one process grants each group on its definition, declared by the process's own module and written into
 * Camunda's authorization table by {@link AuthorizationSetup}. A group with {@code CREATE_INSTANCE} starts instances
 * itself, from Tasklist. The same groups see the process's {@link #taskColumns() task columns} in their Tasklist
 * filter ({@link TasklistFilterSetup}).
 */
public interface ProcessAccess {

	String processKey();

	Map<StaffGroup, Set<Permission>> definitionGrants();

	/**
	 * The variables each task row of this process shows in Tasklist, in order: what tells two cases apart. Tasklist
	 * reads them with the engine's variable query, which under {@code enforceSpecificVariablePermission} lets a group
	 * without instance-wide variable rights see only its tasks' own variables: so these are task-local copies, made
	 * when the task is created (a task listener in the model).
	 */
	default List<TaskColumn> taskColumns() {
		return List.of();
	}

	/**
	 * The groups whose Tasklist filter shows this process's task columns: by default every group granted anything on
	 * it; a process some groups may only start (a breach report) leaves those out.
	 */
	default Set<StaffGroup> taskGroups() {
		return definitionGrants().keySet();
	}

	/** One variable shown on a Tasklist task row, with the Arabic label staff read beside it. */
	record TaskColumn(String variable, String label) {
	}

}
