package sa.nonprofit.hail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;

@ApplicationTest
class TasklistFiltersTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityInitializer initializer;

	@Autowired
	IdentityService identity;

	@Autowired
	FilterService filters;

	@Autowired
	AuthorizationService authorizations;

	static List<DemoUsers.DemoUser> staff() {
		return DemoUsers.USERS.stream().filter(user -> user.group().worksInTasklist()).toList();
	}

	@ParameterizedTest
	@MethodSource("staff")
	void eachGroupSeesItsOwnFilterAndNoOther(DemoUsers.DemoUser user) throws Exception {
		String body = new Http(this.port).get("/engine-rest/filter", user.id(), DemoUsers.PASSWORD).body();
		List<String> names = new ObjectMapper().readTree(body).findValuesAsText("name");
		assertThat(names).containsExactly("مهام " + user.group().arabicName());
		JsonNode query = new ObjectMapper().readTree(body).get(0).get("query");
		assertThat(query.get("candidateGroup").asText()).isEqualTo(user.group().id());
	}

	@Test
	void tasksFromBeforeVariablePermissionsStillShowTheirVariables() throws Exception {
		org.camunda.bpm.engine.authorization.Authorization old = this.authorizations
			.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
		old.setGroupId("upgrade-test");
		old.setResource(org.camunda.bpm.engine.authorization.Resources.TASK);
		old.setResourceId("task-from-" + java.util.UUID.randomUUID());
		old.addPermission(org.camunda.bpm.engine.authorization.TaskPermissions.READ);
		old.addPermission(org.camunda.bpm.engine.authorization.TaskPermissions.UPDATE);
		this.authorizations.saveAuthorization(old);

		this.initializer.run(new DefaultApplicationArguments());

		org.camunda.bpm.engine.authorization.Authorization upgraded = this.authorizations.createAuthorizationQuery()
			.resourceId(old.getResourceId()).singleResult();
		assertThat(upgraded.isPermissionGranted(org.camunda.bpm.engine.authorization.TaskPermissions.READ_VARIABLE))
			.isTrue();
		assertThat(upgraded.isPermissionGranted(org.camunda.bpm.engine.authorization.TaskPermissions.UPDATE)).isTrue();
		this.authorizations.deleteAuthorization(upgraded.getId());
	}

	@Test
	void operatorsHaveNoTasklistFilter() {
		String body = new Http(this.port).get("/engine-rest/filter", "ops1", DemoUsers.PASSWORD).body();
		assertThat(body).isEqualTo("[]");
	}

	@Test
	void groupsCarryTheirArabicNames() {
		for (StaffGroup group : StaffGroup.values()) {
			assertThat(this.identity.createGroupQuery().groupId(group.id()).singleResult().getName())
				.isEqualTo(group.arabicName());
		}
	}

	@Test
	void startingAgainCreatesNothingTwice() throws Exception {
		long filtersBefore = this.filters.createFilterQuery().count();
		long authorizationsBefore = this.authorizations.createAuthorizationQuery().count();
		long groupsBefore = this.identity.createGroupQuery().count();

		this.initializer.run(new DefaultApplicationArguments());

		assertThat(this.filters.createFilterQuery().count()).isEqualTo(filtersBefore).isEqualTo(8);
		assertThat(this.authorizations.createAuthorizationQuery().count()).isEqualTo(authorizationsBefore);
		assertThat(this.identity.createGroupQuery().count()).isEqualTo(groupsBefore);
	}

}
