package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
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
		assertThat(this.identity.createGroupQuery().groupId("board-chair").singleResult().getName())
			.isEqualTo("رئيس مجلس الإدارة");
		var health = new Http(this.port).get("/actuator/health/readiness");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(new Http(this.port).get("/engine-rest/engine").statusCode()).isEqualTo(401);
	}

}
