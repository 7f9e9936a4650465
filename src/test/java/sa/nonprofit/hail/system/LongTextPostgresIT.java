package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.PostgresApplicationTest;

/** On PostgreSQL 17, a report of 8000 Arabic characters and long committee findings are kept whole, as Strings. */
@PostgresApplicationTest
class LongTextPostgresIT extends PostgresApplicationTest.Base {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	TaskService tasks;

	@Test
	void longTextVariablesReadBackWholeEverywhere() throws Exception {
		String description = "وصف طويل للمخالفة ".repeat(500).substring(0, 8000);
		ProcessInstance report = this.runtime.startProcessInstanceByKey("WhistleblowerReportProcess",
				Map.of("channel", "WEBSITE", "category", "FINANCIAL", "accusedRole", "EMPLOYEE", "description", description));
		String id = report.getId();
		assertThat(this.runtime.getVariable(id, "description")).isEqualTo(description);

		String findings = "نتائج اللجنة ".repeat(700).substring(0, 8000);
		this.runtime.setVariable(id, "committeeFindings", "قصير");
		this.runtime.setVariable(id, "committeeFindings", findings);
		assertThat(this.runtime.getVariable(id, "committeeFindings")).isEqualTo(findings);
		this.runtime.setVariable(id, "committeeFindings", "قصير مرة أخرى");
		assertThat(this.runtime.getVariable(id, "committeeFindings")).isEqualTo("قصير مرة أخرى");

		assertThat(this.history.createHistoricVariableInstanceQuery().processInstanceId(id).variableName("description")
			.singleResult().getValue()).isEqualTo(description);
		JsonNode rest = new ObjectMapper().readTree(new Http(this.port).get(
				"/engine-rest/history/variable-instance?processInstanceId=" + id + "&variableName=description", "admin",
				"demo").body());
		assertThat(rest.get(0).get("type").asText()).isEqualTo("String");
		assertThat(rest.get(0).get("value").asText()).isEqualTo(description);
	}

}
