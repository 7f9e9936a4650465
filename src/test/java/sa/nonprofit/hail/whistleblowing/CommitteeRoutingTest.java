package sa.nonprofit.hail.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommitteeRoutingTest {

	private final CommitteeRouting routing = new CommitteeRouting();

	@ParameterizedTest
	@EnumSource(value = AccusedRole.class, names = { "BOARD_MEMBER", "EMPLOYEE", "VOLUNTEER", "OTHER", "UNKNOWN" })
	void ordinaryReportsGoTheUsualWay(AccusedRole accused) {
		ReportRouting route = this.routing.route(accused);
		assertThat(route.auditorGroup()).isEqualTo("internal-auditors");
		assertThat(route.investigatorGroup()).isEqualTo("violations-committee");
		assertThat(route.approverGroup()).isEqualTo("board-chair");
		assertThat(route.disciplinaryGroup()).isEqualTo("executive-director");
		assertThat(route.informedGroups()).containsExactly("board-chair", "executive-director");
		assertThat(route.visibleGroups()).containsExactlyInAnyOrder("internal-auditors", "violations-committee",
				"board-chair", "executive-director");
	}

	@Test
	void aReportAgainstTheExecutiveDirectorKeepsThemOut() {
		ReportRouting route = this.routing.route(AccusedRole.EXECUTIVE_DIRECTOR);
		assertThat(route.disciplinaryGroup()).isEqualTo("board-chair");
		assertThat(route.informedGroups()).containsExactly("board-chair");
		assertThat(route.visibleGroups()).doesNotContain("executive-director")
			.containsExactlyInAnyOrder("internal-auditors", "violations-committee", "board-chair");
	}

	@Test
	void aReportAgainstTheChairGoesToTheViceChair() {
		ReportRouting route = this.routing.route(AccusedRole.BOARD_CHAIR);
		assertThat(route.approverGroup()).isEqualTo("board-vice-chair");
		assertThat(route.escalationGroup()).isEqualTo("board-vice-chair");
		assertThat(route.informedGroups()).containsExactly("board-vice-chair", "executive-director");
		assertThat(route.visibleGroups()).doesNotContain("board-chair").contains("board-vice-chair");
	}

	@Test
	void aReportAgainstAnInternalAuditorGoesToTheChair() {
		ReportRouting route = this.routing.route(AccusedRole.INTERNAL_AUDITOR);
		assertThat(route.auditorGroup()).isEqualTo("board-chair");
		assertThat(route.visibleGroups()).doesNotContain("internal-auditors");
	}

	@Test
	void aReportAgainstACommitteeMemberKeepsTheCommitteeOut() {
		ReportRouting route = this.routing.route(AccusedRole.COMMITTEE_MEMBER);
		assertThat(route.investigatorGroup()).isEqualTo("board-vice-chair");
		assertThat(route.approverGroup()).isEqualTo("board-chair");
		assertThat(route.visibleGroups()).doesNotContain("violations-committee")
			.containsExactlyInAnyOrder("internal-auditors", "board-vice-chair", "board-chair", "executive-director");
	}

}
