package sa.nonprofit.hail.identity;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;

/**
 * The webapps each kind of staff reaches, and what the system operators get on every process. What each group may
 * do with a process definition is the process module's own {@link ProcessAccess}.
 * <p>
 * Variables need permissions of their own ({@code enforceSpecificVariablePermission}): the system operators see
 * instances, incidents and jobs of both processes, never a variable, a task or the history of a case.
 */
final class AccessPolicy {

	/** Webapps every group that works tasks reaches. */
	static final List<String> STAFF_APPLICATIONS = List.of("tasklist", "welcome");

	/** Webapps of the system operators: everyday monitoring in Cockpit, users and groups in Admin. */
	static final List<String> OPERATOR_APPLICATIONS = List.of("cockpit", "admin", "welcome");

	/** What the system operators get on every process: instances, incidents, job retries; no variable, no task. */
	static final Set<Permission> OPERATOR_DEFINITION_PERMISSIONS = Set.of(ProcessDefinitionPermissions.READ,
			ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB);

	private AccessPolicy() {
	}

}
