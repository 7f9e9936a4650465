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

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permission;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.identity.ProcessAccess;
import sa.nonprofit.hail.identity.StaffGroup;

/**
 * The data protection officer alone works people's requests about their data (PDPL Art. 23: as few staff as possible
 * see them), and starts those made in person, by phone or by letter from Tasklist.
 */
@Component
class DataSubjectProcessAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return DataSubjectProcess.PROCESS_ID;
	}

	@Override
	public Map<StaffGroup, Set<Permission>> definitionGrants() {
		return Map.of(StaffGroup.DATA_PROTECTION_OFFICER, Set.of(READ, CREATE_INSTANCE, READ_INSTANCE,
				READ_INSTANCE_VARIABLE, READ_TASK, READ_TASK_VARIABLE, TASK_WORK, READ_HISTORY, READ_HISTORY_VARIABLE));
	}

	@Override
	public List<TaskColumn> taskColumns() {
		return List.of(new TaskColumn(DataSubjectProcess.Variables.ROW_CASE_NUMBER, "رقم الطلب"),
				new TaskColumn(DataSubjectProcess.Variables.ROW_CASE_TITLE, "نوع الطلب"));
	}

}
