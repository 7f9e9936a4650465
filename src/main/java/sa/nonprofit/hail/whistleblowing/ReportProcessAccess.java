package sa.nonprofit.hail.whistleblowing;

import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permission;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.identity.ProcessAccess;
import sa.nonprofit.hail.identity.StaffGroup;

/**
 * No group gets more than READ on the whistleblowing definition (the auditors may also start it): a report is granted
 * per instance by its routing ({@link ReportAccess}), so that whoever is accused can be kept out.
 */
@Component
class ReportProcessAccess implements ProcessAccess {

	@Override
	public String processKey() {
		return WhistleblowerProcess.PROCESS_ID;
	}

	@Override
	public Map<StaffGroup, Set<Permission>> definitionGrants() {
		return Map.of(StaffGroup.INTERNAL_AUDITORS, Set.of(READ, CREATE_INSTANCE), StaffGroup.VIOLATIONS_COMMITTEE,
				Set.of(READ), StaffGroup.BOARD_CHAIR, Set.of(READ), StaffGroup.BOARD_VICE_CHAIR, Set.of(READ),
				StaffGroup.EXECUTIVE_DIRECTOR, Set.of(READ));
	}

	/** The number and the kind of violation: never the accused, the description or anything of the reporter's. */
	@Override
	public List<TaskColumn> taskColumns() {
		return List.of(new TaskColumn(WhistleblowerProcess.Variables.ROW_CASE_NUMBER, "رقم البلاغ"),
				new TaskColumn(WhistleblowerProcess.Variables.ROW_CASE_TITLE, "نوع المخالفة"));
	}

}
