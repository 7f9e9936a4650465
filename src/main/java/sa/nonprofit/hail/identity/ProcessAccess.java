package sa.nonprofit.hail.identity;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permission;

/**
 * What one process grants each group on its definition, declared by the process's own module and written into
 * Camunda's authorization table by {@link AuthorizationSetup}. A group with {@code CREATE_INSTANCE} starts instances
 * itself, from Tasklist.
 */
public interface ProcessAccess {

	String processKey();

	Map<StaffGroup, Set<Permission>> definitionGrants();

}
