package sa.nonprofit.hail.whistleblowing;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.identity.StaffGroup;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/** Task_RouteReport: who works on the report and who may see it (the model sets the deadlines). */
@Component("routeReport")
class RouteReportDelegate implements JavaDelegate {

	private final CommitteeRouting routing;

	private final ReportAccess access;

	RouteReportDelegate(CommitteeRouting routing, ReportAccess access) {
		this.routing = routing;
		this.access = access;
	}

	@Override
	public void execute(DelegateExecution execution) {
		AccusedRole accused = accusedRole(execution.getVariable(Variables.ACCUSED_ROLE));
		ReportRouting route = this.routing.route(accused);
		execution.setVariable(Variables.ACCUSED_ROLE, accused.name());
		execution.setVariable(Variables.CATEGORY_NAME,
				ReportCategory.arabicNameOf(execution.getVariable(Variables.CATEGORY)));
		execution.setVariable(Variables.AUDITOR_GROUP, route.auditorGroup());
		execution.setVariable(Variables.INVESTIGATOR_GROUP, route.investigatorGroup());
		execution.setVariable(Variables.APPROVER_GROUP, route.approverGroup());
		execution.setVariable(Variables.DISCIPLINARY_GROUP, route.disciplinaryGroup());
		execution.setVariable(Variables.ESCALATION_GROUP, route.escalationGroup());
		execution.setVariable(Variables.INFORMED_GROUPS, String.join(",", route.informedGroups()));
		execution.setVariable(Variables.INFORMED_GROUP_NAMES,
				route.informedGroups().stream().map(StaffGroup::arabicNameOf).collect(Collectors.joining("، ")));
		execution.setVariable(Variables.DIRECTOR_ACCUSED, accused == AccusedRole.EXECUTIVE_DIRECTOR);
		this.access.grant(execution.getProcessInstanceId(), route.visibleGroups());
	}

	/** An unknown or missing value is treated as UNKNOWN: nobody is presumed accused, nobody is left out. */
	private static AccusedRole accusedRole(Object value) {
		if (value == null) {
			return AccusedRole.UNKNOWN;
		}
		try {
			return AccusedRole.valueOf(value.toString());
		}
		catch (IllegalArgumentException unknown) {
			return AccusedRole.UNKNOWN;
		}
	}

}
