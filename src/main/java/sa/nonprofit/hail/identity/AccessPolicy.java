package sa.nonprofit.hail.identity;

import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
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
 */
final class AccessPolicy {

	/** Permissions of one group on one process definition. */
	record DefinitionGrant(StaffGroup group, String processKey, Set<Permission> permissions) {
	}

	static final List<DefinitionGrant> DEFINITION_GRANTS = List.of(
			grant(StaffGroup.BENEFICIARY_RELATIONS, BeneficiaryProcess.PROCESS_ID,
					READ, CREATE_INSTANCE, READ_INSTANCE, READ_TASK, TASK_WORK, READ_HISTORY),
			grant(StaffGroup.SOCIAL_RESEARCHERS, BeneficiaryProcess.PROCESS_ID, READ),
			grant(StaffGroup.RESEARCH_COMMITTEE, BeneficiaryProcess.PROCESS_ID, READ),
			grant(StaffGroup.INTERNAL_AUDITORS, WhistleblowerProcess.PROCESS_ID, READ, CREATE_INSTANCE),
			grant(StaffGroup.VIOLATIONS_COMMITTEE, WhistleblowerProcess.PROCESS_ID, READ),
			grant(StaffGroup.BOARD_CHAIR, WhistleblowerProcess.PROCESS_ID, READ),
			grant(StaffGroup.BOARD_VICE_CHAIR, WhistleblowerProcess.PROCESS_ID, READ),
			grant(StaffGroup.EXECUTIVE_DIRECTOR, WhistleblowerProcess.PROCESS_ID, READ));

	/** Groups that start process instances themselves, from Tasklist. */
	static final Set<StaffGroup> STARTERS = Set.of(StaffGroup.BENEFICIARY_RELATIONS, StaffGroup.INTERNAL_AUDITORS);

	/** Webapps every staff group reaches; Cockpit and Admin are for camunda-admin only. */
	static final List<String> STAFF_APPLICATIONS = List.of("tasklist", "welcome");

	private AccessPolicy() {
	}

	private static DefinitionGrant grant(StaffGroup group, String processKey, Permission... permissions) {
		return new DefinitionGrant(group, processKey, Set.of(permissions));
	}

}
