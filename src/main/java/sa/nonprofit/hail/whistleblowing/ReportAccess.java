package sa.nonprofit.hail.whistleblowing;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Service;

/**
 * Per-report authorizations: only the groups routed to a report can read it, at runtime and in history. No group holds
 * instance permissions on the whistleblowing process as a whole, so a group left out here sees nothing of the report.
 */
@Service
class ReportAccess {

	private final AuthorizationService authorizations;

	ReportAccess(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	/** Called inside the engine command that routes the report; the caller (an auditor) may not grant, the engine may. */
	void grant(String processInstanceId, Iterable<String> groups) {
		Context.getCommandContext().runWithoutAuthorization(() -> {
			for (String group : groups) {
				save(group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
				save(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
			}
			return null;
		});
	}

	private void save(String group, Resources resource, String id, Permission permission) {
		Authorization authorization = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(id);
		authorization.addPermission(permission);
		this.authorizations.saveAuthorization(authorization);
	}

}
