package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Log lines name where a request went, never which case, task or token. */
class LoggedPathsTest {

	@Test
	void numbersIdsAndTokensAreCutAway() {
		assertThat(LoggedPaths.of("/api/public/reports/WB-2026-YS3PF3AY/status")).isEqualTo("/api/public/reports/*");
		assertThat(LoggedPaths.of("/cases/WB-2026-YS3PF3AY")).isEqualTo("/cases/*");
		assertThat(LoggedPaths.of("/engine-rest/task/0b5c6f1e-e96c-11f1-b594-02fc00000001/complete"))
			.isEqualTo("/engine-rest/task/*");
		assertThat(LoggedPaths.of("/api/public/surveys/q8Zr2kLmN0pX")).isEqualTo("/api/public/surveys/*");
	}

	@Test
	void plainPathsStayWhole() {
		assertThat(LoggedPaths.of("/api/public/support-requests")).isEqualTo("/api/public/support-requests");
		assertThat(LoggedPaths.of("/camunda/app/tasklist/default/")).isEqualTo("/camunda/app/tasklist/default/");
		assertThat(LoggedPaths.of("/")).isEqualTo("/");
	}

}
