package sa.nonprofit.hail.identity;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** Writes the {@link AccessPolicy} into Camunda's authorization table; safe to run at every start. */
@Component
class AuthorizationSetup {

	private final AuthorizationService authorizations;

	AuthorizationSetup(AuthorizationService authorizations) {
		this.authorizations = authorizations;
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
		for (AccessPolicy.DefinitionGrant grant : AccessPolicy.DEFINITION_GRANTS) {
			grantExactly(grant.group().id(), Resources.PROCESS_DEFINITION, grant.processKey(),
					grant.permissions().toArray(Permission[]::new));
		}
		for (StaffGroup starter : AccessPolicy.STARTERS) {
			grantExactly(starter.id(), Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
		}
		for (Resource resource : Resources.values()) {
			grantExactly(StaffGroup.CAMUNDA_ADMIN.id(), resource, Authorization.ANY, Permissions.ALL);
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
