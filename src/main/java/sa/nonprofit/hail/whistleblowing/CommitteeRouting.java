package sa.nonprofit.hail.whistleblowing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import sa.nonprofit.hail.identity.StaffGroup;

/**
 * Decides from {@link AccusedRole} who is informed of a report and who may see it. The accused's group gets nothing
 * and their work goes to the stand-in of DESIGN.md: executive director → board chair; board chair → board vice chair;
 * internal auditor → board chair. DESIGN.md names no stand-in for an accused member of the violations committee; the
 * committee is kept out like any accused group and the board vice chair investigates, so that the chair still
 * ratifies a recommendation someone else made.
 */
@Service
public class CommitteeRouting {

	public ReportRouting route(AccusedRole accused) {
		boolean chairAccused = accused == AccusedRole.BOARD_CHAIR;
		boolean directorAccused = accused == AccusedRole.EXECUTIVE_DIRECTOR;
		boolean auditorAccused = accused == AccusedRole.INTERNAL_AUDITOR;
		boolean committeeAccused = accused == AccusedRole.COMMITTEE_MEMBER;

		String chair = chairAccused ? StaffGroup.BOARD_VICE_CHAIR.id() : StaffGroup.BOARD_CHAIR.id();
		String auditor = auditorAccused ? StaffGroup.BOARD_CHAIR.id() : StaffGroup.INTERNAL_AUDITORS.id();
		String investigator = committeeAccused ? StaffGroup.BOARD_VICE_CHAIR.id() : StaffGroup.VIOLATIONS_COMMITTEE.id();
		String disciplinary = directorAccused ? StaffGroup.BOARD_CHAIR.id() : StaffGroup.EXECUTIVE_DIRECTOR.id();

		List<String> informed = new ArrayList<>();
		informed.add(chair);
		if (!directorAccused) {
			informed.add(StaffGroup.EXECUTIVE_DIRECTOR.id());
		}

		Set<String> visible = new LinkedHashSet<>();
		visible.add(auditor);
		visible.add(investigator);
		visible.add(chair);
		visible.add(disciplinary);
		visible.addAll(informed);
		return new ReportRouting(auditor, investigator, chair, disciplinary, chair, List.copyOf(informed),
				Set.copyOf(visible));
	}

}
