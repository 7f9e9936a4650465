package sa.nonprofit.hail.whistleblowing;

import java.util.List;
import java.util.Set;

/**
 * Who works on a report and who may see it, with whoever is accused kept out.
 * @param auditorGroup receives, acknowledges, reviews and gives feedback
 * @param investigatorGroup investigates and recommends: the violations committee, unless one of its members is accused
 * @param approverGroup ratifies the violations committee's recommendation
 * @param disciplinaryGroup decides disciplinary measures
 * @param escalationGroup is told of missed deadlines
 * @param informedGroups leadership to inform of the report
 * @param visibleGroups every group that may see this report: gets per-instance authorizations, nobody else does
 */
public record ReportRouting(String auditorGroup, String investigatorGroup, String approverGroup, String disciplinaryGroup, String escalationGroup,
		List<String> informedGroups, Set<String> visibleGroups) {
}
