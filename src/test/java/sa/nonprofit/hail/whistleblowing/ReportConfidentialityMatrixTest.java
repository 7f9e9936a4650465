package sa.nonprofit.hail.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.whistleblowing.ReportStages.Stage;

/**
 * Issue 13, item 11: every accused role × every wait state of a report × every runtime and history read path (HAL and
 * counts too) × every staff user. A denied cell is empty; an allowed cell is not. Who may read a report is written here
 * from DESIGN.md, not taken from the routing code under test.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportConfidentialityMatrixTest {

	/** The accused roles of the issue, and who may read a report against each (DESIGN.md, Groups). */
	private static final Map<AccusedRole, Set<String>> READERS = new EnumMap<>(Map.of(
			AccusedRole.EXECUTIVE_DIRECTOR, Set.of("auditor1", "violations1", "chair1"),
			AccusedRole.BOARD_CHAIR, Set.of("auditor1", "violations1", "vicechair1", "director1"),
			AccusedRole.INTERNAL_AUDITOR, Set.of("chair1", "violations1", "director1"),
			AccusedRole.COMMITTEE_MEMBER, Set.of("auditor1", "vicechair1", "chair1", "director1"),
			AccusedRole.EMPLOYEE, Set.of("auditor1", "violations1", "chair1", "director1")));

	private static final List<String> STAFF = List.of("relations1", "researcher1", "committee1", "auditor1",
			"violations1", "chair1", "vicechair1", "director1", "ops1");

	/** Reads narrowed to one instance ({id}); those a reader of the report must find it through are marked. */
	private static final List<ReadPath> PATHS = List.of(
			new ReadPath("/engine-rest/process-instance?processInstanceIds={id}", true),
			new ReadPath("/engine-rest/process-instance/count?processInstanceIds={id}", true),
			new ReadPath("/engine-rest/execution?processInstanceId={id}", true),
			new ReadPath("/engine-rest/task?processInstanceId={id}", false),
			new ReadPath("/engine-rest/task/count?processInstanceId={id}", false),
			new ReadPath("/engine-rest/variable-instance?processInstanceIdIn={id}", false),
			new ReadPath("/engine-rest/process-instance/{id}/variables", false),
			new ReadPath("/engine-rest/process-instance/{id}/activity-instances", true),
			new ReadPath("/engine-rest/history/process-instance?processInstanceId={id}", true),
			new ReadPath("/engine-rest/history/process-instance/count?processInstanceId={id}", true),
			new ReadPath("/engine-rest/history/variable-instance?processInstanceId={id}", true),
			new ReadPath("/engine-rest/history/variable-instance/count?processInstanceId={id}", true),
			new ReadPath("/engine-rest/history/detail?processInstanceId={id}", true),
			new ReadPath("/engine-rest/history/activity-instance?processInstanceId={id}", true),
			new ReadPath("/engine-rest/history/task?processInstanceId={id}", true),
			new ReadPath("/engine-rest/history/identity-link-log?processInstanceId={id}", false),
			new ReadPath("/engine-rest/history/user-operation?processInstanceId={id}", false),
			new ReadPath("/engine-rest/process-definition/statistics", false));

	/** One read; {@code readersFindIt}: anyone allowed to read the report gets it here. */
	record ReadPath(String template, boolean readersFindIt) {

		String forInstance(String id) {
			return this.template.replace("{id}", id);
		}

	}

	/** A report in one wait state, with the marker written into its description and every step. */
	record Report(AccusedRole accused, Stage stage, String id, String marker) {
	}

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	Http http;

	final List<Report> reports = new ArrayList<>();

	@BeforeAll
	void fileReports() {
		this.http = new Http(this.port);
		ReportStages stages = new ReportStages(this.engine);
		for (AccusedRole accused : READERS.keySet()) {
			for (Stage stage : Stage.values()) {
				String marker = "SECRET-" + UUID.randomUUID();
				ProcessInstance report = stages.reportAt(accused, stage, marker);
				this.reports.add(new Report(accused, stage, report.getId(), marker));
			}
		}
	}

	Stream<Arguments> cells() {
		return this.reports.stream().flatMap(report -> STAFF.stream().map(user -> Arguments.of(report, user)));
	}

	@ParameterizedTest(name = "{0} read by {1}")
	@MethodSource("cells")
	void eachStaffMemberReadsExactlyTheReportsRoutedToThem(Report report, String user) {
		boolean reader = READERS.get(report.accused()).contains(user);
		for (ReadPath path : PATHS) {
			String url = path.forInstance(report.id());
			// Camunda answers HAL for tasks: the list Tasklist itself reads.
			List<String> accepts = path.template().startsWith("/engine-rest/task")
					? List.of("application/json", "application/hal+json") : List.of("application/json");
			for (String accept : accepts) {
				HttpResponse<String> response = this.http.send(this.http.request(url)
					.header("Authorization", Http.basic(user, "demo"))
					.header("Accept", accept)
					.GET()
					.build());
				String cell = report + " " + user + " " + url + " " + accept;
				if (reader && path.readersFindIt() && accept.equals("application/json")) {
					assertThat(response.statusCode()).as(cell).isEqualTo(200);
					assertThat(response.body()).as(cell).isNotIn("[]", "{\"count\":0}");
				}
				else if (!reader && !user.equals("ops1")) {
					assertThat(response.statusCode()).as(cell).isIn(200, 403, 404, 406);
					assertThat(nothingOf(report, response.body())).as(cell + " → " + response.body()).isTrue();
				}
				assertThat(response.body().contains(report.marker()) && !reader).as(cell).isFalse();
			}
		}
	}

	/** Nothing of the report: not its id, not its data, and any count in the answer is zero. */
	private static boolean nothingOf(Report report, String body) {
		String compact = body.replaceAll("\\s", "");
		return !compact.contains(report.id()) && !compact.contains(report.marker())
				&& !compact.matches(".*\"count\":[1-9].*");
	}

}
