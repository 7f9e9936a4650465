package sa.nonprofit.hail.identity;

import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.RETRY_JOB;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permission;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * Who may do what with each process definition, as DESIGN.md assigns the work.
 * <p>
 * Beneficiary staff own their process and see all of it. In the whistleblowing process no group
 * gets more than READ on the definition (auditors may also start it): access to a report is granted
 * per instance by its routing, so that whoever is accused can be kept out.
 * <p>
 * Variables need permissions of their own ({@code enforceSpecificVariablePermission}): the system operators see
 * instances, incidents and jobs of both processes, never a variable, a task or the history of a case.
 */
final class AccessPolicy {

	/** Permissions of one group on one process definition. */
	record DefinitionGrant(StaffGroup group, String processKey, Set<Permission> permissions) {
	}

	static final List<DefinitionGrant> DEFINITION_GRANTS = List.of(
			grant(StaffGroup.BENEFICIARY_RELATIONS, BeneficiaryProcess.PROCESS_ID, READ, CREATE_INSTANCE, READ_INSTANCE,
					READ_INSTANCE_VARIABLE, READ_TASK, READ_TASK_VARIABLE, TASK_WORK, READ_HISTORY,
					READ_HISTORY_VARIABLE),
			grant(StaffGroup.SOCIAL_RESEARCHERS, BeneficiaryProcess.PROCESS_ID, READ),
			grant(StaffGroup.RESEARCH_COMMITTEE, BeneficiaryProcess.PROCESS_ID, READ),
			grant(StaffGroup.INTERNAL_AUDITORS, WhistleblowerProcess.PROCESS_ID, READ, CREATE_INSTANCE),
			grant(StaffGroup.VIOLATIONS_COMMITTEE, WhistleblowerProcess.PROCESS_ID, READ),
			grant(StaffGroup.BOARD_CHAIR, WhistleblowerProcess.PROCESS_ID, READ),
			grant(StaffGroup.BOARD_VICE_CHAIR, WhistleblowerProcess.PROCESS_ID, READ),
			grant(StaffGroup.EXECUTIVE_DIRECTOR, WhistleblowerProcess.PROCESS_ID, READ),
			grant(StaffGroup.SYSTEM_OPERATORS, BeneficiaryProcess.PROCESS_ID, READ, READ_INSTANCE, RETRY_JOB),
			grant(StaffGroup.SYSTEM_OPERATORS, WhistleblowerProcess.PROCESS_ID, READ, READ_INSTANCE, RETRY_JOB));

	/** Groups that start process instances themselves, from Tasklist. */
	static final Set<StaffGroup> STARTERS = Set.of(StaffGroup.BENEFICIARY_RELATIONS, StaffGroup.INTERNAL_AUDITORS);

	/** Webapps every group that works tasks reaches. */
	static final List<String> STAFF_APPLICATIONS = List.of("tasklist", "welcome");

	/** Webapps of the system operators: everyday monitoring in Cockpit, users and groups in Admin. */
	static final List<String> OPERATOR_APPLICATIONS = List.of("cockpit", "admin", "welcome");

	private AccessPolicy() {
	}

	private static DefinitionGrant grant(StaffGroup group, String processKey, Permission... permissions) {
		return new DefinitionGrant(group, processKey, Set.of(permissions));
	}

}
