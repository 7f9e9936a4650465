package sa.nonprofit.hail.privacy;

import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permission;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.identity.ProcessAccess;
import sa.nonprofit.hail.identity.StaffGroup;

/**
 * Anyone on the staff who learns of a breach reports it from Tasklist at once (the 72 hours run from then); only the
 * data protection officer then reads and works it. A starter sees the start form and nothing after: no instance, no
 * task, no history.
 */
@Component
class DataBreachProcessAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return DataBreachProcess.PROCESS_ID;
	}

	@Override
	public Map<StaffGroup, Set<Permission>> definitionGrants() {
		Map<StaffGroup, Set<Permission>> grants = new EnumMap<>(StaffGroup.class);
		for (StaffGroup group : StaffGroup.values()) {
			if (group.worksInTasklist()) {
				grants.put(group, Set.of(READ, CREATE_INSTANCE));
			}
		}
		grants.put(StaffGroup.DATA_PROTECTION_OFFICER, Set.of(READ, CREATE_INSTANCE, READ_INSTANCE,
				READ_INSTANCE_VARIABLE, READ_TASK, READ_TASK_VARIABLE, TASK_WORK, READ_HISTORY, READ_HISTORY_VARIABLE));
		return grants;
	}

	@Override
	public Set<StaffGroup> taskGroups() {
		return Set.of(StaffGroup.DATA_PROTECTION_OFFICER);
	}

	@Override
	public List<TaskColumn> taskColumns() {
		return List.of(new TaskColumn(DataBreachProcess.Variables.ROW_CASE_NUMBER, "رقم الطلب"),
				new TaskColumn(DataBreachProcess.Variables.ROW_CASE_TITLE, "نوع الطلب"));
	}

}
