package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresApplicationIT extends PostgresApplicationTest.Base {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	RepositoryService repository;

	@Autowired
	IdentityService identity;

	@Test
	void startsAndDeploysOnPostgreSql17() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
		}
		// Deployed there: both processes, each with the forms of its start event and tasks beside it.
		for (String key : new String[] { "BeneficiaryRequestProcess", "WhistleblowerReportProcess" }) {
			ProcessDefinition definition = this.repository.createProcessDefinitionQuery().processDefinitionKey(key)
				.latestVersion().singleResult();
			assertThat(definition).as(key).isNotNull();
			assertThat(this.repository.getDeploymentResourceNames(definition.getDeploymentId())).as(key)
				.anyMatch(name -> name.endsWith(key + ".bpmn"))
				.anyMatch(name -> name.endsWith("record-declaration.form"))
				.anyMatch(name -> name.endsWith("whistleblower-report-start.form"));
			assertThat(this.repository.getBpmnModelInstance(definition.getId())).as(key).isNotNull();
		}
		assertThat(this.identity.createGroupQuery().groupId("board-chair").singleResult().getName())
			.isEqualTo("رئيس مجلس الإدارة");
		var health = new Http(this.port).get("/actuator/health/readiness");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(new Http(this.port).get("/engine-rest/engine").statusCode()).isEqualTo(401);
	}

}
