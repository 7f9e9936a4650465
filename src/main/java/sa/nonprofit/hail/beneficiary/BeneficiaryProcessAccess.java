package sa.nonprofit.hail.beneficiary;

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
 * Beneficiary relations own the support-request process and see all of it (they start requests from Tasklist too);
 * researchers and the research committee see the definition and get their tasks as candidates.
 */
@Component
class BeneficiaryProcessAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return BeneficiaryProcess.PROCESS_ID;
	}

	@Override
	public Map<StaffGroup, Set<Permission>> definitionGrants() {
		return Map.of(
				StaffGroup.BENEFICIARY_RELATIONS,
				Set.of(READ, CREATE_INSTANCE, READ_INSTANCE, READ_INSTANCE_VARIABLE, READ_TASK, READ_TASK_VARIABLE,
						TASK_WORK, READ_HISTORY, READ_HISTORY_VARIABLE),
				StaffGroup.SOCIAL_RESEARCHERS, Set.of(READ), StaffGroup.RESEARCH_COMMITTEE, Set.of(READ));
	}

	@Override
	public List<TaskColumn> taskColumns() {
		return List.of(new TaskColumn(BeneficiaryProcess.Variables.ROW_CASE_NUMBER, "رقم الطلب"),
				new TaskColumn(BeneficiaryProcess.Variables.ROW_CASE_TITLE, "اسم المتقدم"));
	}

}
