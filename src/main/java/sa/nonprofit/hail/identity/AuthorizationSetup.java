package sa.nonprofit.hail.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes the {@link AccessPolicy} and each process's {@link ProcessAccess} into Camunda's authorization table; safe to run at every start. */
@Component
class AuthorizationSetup {

	private final AuthorizationService authorizations;

	private final JdbcTemplate jdbc;

	private final List<ProcessAccess> processes;

	AuthorizationSetup(AuthorizationService authorizations, JdbcTemplate jdbc, List<ProcessAccess> processes) {
		this.authorizations = authorizations;
		this.jdbc = jdbc;
		this.processes = processes;
	}

	void apply() {
		for (StaffGroup group : StaffGroup.values()) {
			if (!group.worksInTasklist()) {
				continue;
			}
			for (String application : AccessPolicy.STAFF_APPLICATIONS) {
				grantExactly(group.id(), Resources.APPLICATION, application, Permissions.ACCESS);
			}
		}
		String operators = StaffGroup.SYSTEM_OPERATORS.id();
		for (String application : AccessPolicy.OPERATOR_APPLICATIONS) {
			grantExactly(operators, Resources.APPLICATION, application, Permissions.ACCESS);
		}
		for (Resource resource : List.of(Resources.USER, Resources.GROUP, Resources.DEPLOYMENT, Resources.BATCH)) {
			grantExactly(operators, resource, Authorization.ANY, Permissions.READ);
		}
		Set<StaffGroup> starters = EnumSet.noneOf(StaffGroup.class);
		for (ProcessAccess process : this.processes) {
			grantExactly(operators, Resources.PROCESS_DEFINITION, process.processKey(),
					AccessPolicy.OPERATOR_DEFINITION_PERMISSIONS.toArray(Permission[]::new));
			process.definitionGrants().forEach((group, permissions) -> {
				grantExactly(group.id(), Resources.PROCESS_DEFINITION, process.processKey(),
						permissions.toArray(Permission[]::new));
				if (permissions.contains(ProcessDefinitionPermissions.CREATE_INSTANCE)) {
					starters.add(group);
				}
			});
		}
		for (StaffGroup starter : starters) {
			grantExactly(starter.id(), Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
		}
		for (Resource resource : Resources.values()) {
			grantExactly(StaffGroup.CAMUNDA_ADMIN.id(), resource, Authorization.ANY, Permissions.ALL);
		}
		letTaskReadersReadItsVariables();
	}

	/**
	 * Since variables need permissions of their own, the engine gives a task's candidates READ_VARIABLE with READ. Tasks
	 * created before that setting have READ alone, and their forms would open empty: add it once, in one statement
	 * (the engine's API would load every task authorization at every start). A no-op once done.
	 */
	private void letTaskReadersReadItsVariables() {
		for (Resources resource : List.of(Resources.TASK, Resources.HISTORIC_TASK)) {
			int read = resource == Resources.TASK ? TaskPermissions.READ.getValue() : HistoricTaskPermissions.READ.getValue();
			int readVariable = resource == Resources.TASK ? TaskPermissions.READ_VARIABLE.getValue()
					: HistoricTaskPermissions.READ_VARIABLE.getValue();
			this.jdbc.update("""
					UPDATE ACT_RU_AUTHORIZATION SET PERMS_ = PERMS_ + ?
					WHERE TYPE_ = ? AND RESOURCE_TYPE_ = ? AND PERMS_ > 0
					AND MOD(PERMS_ / ?, 2) = 1 AND MOD(PERMS_ / ?, 2) = 0""", readVariable, Authorization.AUTH_TYPE_GRANT,
					resource.resourceType(), read, readVariable);
		}
	}

	/** Grants the group these permissions and no others on the resource, creating or correcting the entry. */
	void grantExactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = this.authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (authorization == null) {
			authorization = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		authorization.setPermissions(permissions);
		this.authorizations.saveAuthorization(authorization);
	}

}
