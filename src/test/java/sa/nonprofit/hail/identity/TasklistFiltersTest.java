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
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.privacy.DataBreachProcess;
import sa.nonprofit.hail.privacy.DataSubjectProcess;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

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

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtime;

	static List<DemoUsers.DemoUser> staff() {
		return DemoUsers.USERS.stream().filter(user -> user.group().worksInTasklist()).toList();
	}

	@ParameterizedTest
	@MethodSource("staff")
	void eachGroupSeesItsOwnFilterAndNoOther(DemoUsers.DemoUser user) throws Exception {
		String body = new Http(this.port).get("/engine-rest/filter", user.id(), DemoUsers.PASSWORD).body();
		List<String> names = new java.util.ArrayList<>();
		new ObjectMapper().readTree(body).forEach(filter -> names.add(filter.path("name").asText()));
		assertThat(names).containsExactly(TasklistFilterSetup.filterName(user.group()));
		JsonNode query = new ObjectMapper().readTree(body).get(0).get("query");
		assertThat(query.get("candidateGroup").asText()).isEqualTo(user.group().id());
	}

	/** After "مهام" a plural group name is in the genitive; a filter kept under the former name is renamed. */
	@Test
	void filterNamesReadAsArabicGrammarHasThemAndTheFormerNameIsRenamed() throws Exception {
		assertThat(TasklistFilterSetup.filterName(StaffGroup.BENEFICIARY_RELATIONS))
			.isEqualTo("مهام موظفي علاقات المستفيدين");
		assertThat(TasklistFilterSetup.filterName(StaffGroup.RESEARCH_COMMITTEE)).isEqualTo("مهام لجنة البحث");
		var filter = this.filters.createFilterQuery()
			.filterName(TasklistFilterSetup.filterName(StaffGroup.BENEFICIARY_RELATIONS))
			.singleResult();
		this.filters.saveFilter(filter.setName("مهام موظفو علاقات المستفيدين"));

		this.initializer.seed();

		assertThat(this.filters.createFilterQuery().filterName("مهام موظفو علاقات المستفيدين").count()).isZero();
		assertThat(this.filters.createFilterQuery().filterName("مهام موظفي علاقات المستفيدين").list())
			.extracting(org.camunda.bpm.engine.filter.Filter::getId)
			.containsExactly(filter.getId());
	}

	/** Tasklist's filter property {@code variables}: the columns each task row shows besides stage and due date. */
	@ParameterizedTest
	@MethodSource("staff")
	void taskRowsShowTheCaseNumberAndWhoOrWhatItIsAbout(DemoUsers.DemoUser user) throws Exception {
		String body = new Http(this.port).get("/engine-rest/filter", user.id(), DemoUsers.PASSWORD).body();
		JsonNode properties = new ObjectMapper().readTree(body).get(0).get("properties");
		List<String> names = properties.get("variables").findValuesAsText("name");
		List<String> labels = properties.get("variables").findValuesAsText("label");
		boolean beneficiary = List.of(StaffGroup.BENEFICIARY_RELATIONS, StaffGroup.SOCIAL_RESEARCHERS,
				StaffGroup.RESEARCH_COMMITTEE).contains(user.group());
		if (beneficiary) {
			assertThat(names).containsExactly(BeneficiaryProcess.Variables.ROW_CASE_NUMBER,
					BeneficiaryProcess.Variables.ROW_CASE_TITLE);
			assertThat(labels).containsExactly("رقم الطلب", "اسم المتقدم");
		}
		else if (user.group() == StaffGroup.DATA_PROTECTION_OFFICER) {
			// A data request's row names the right asked for, never the person's ID or what they wrote.
			assertThat(names).containsExactly(DataSubjectProcess.Variables.ROW_CASE_NUMBER,
					DataSubjectProcess.Variables.ROW_CASE_TITLE);
			assertThat(labels).containsExactly("رقم الطلب", "نوع الطلب");
		}
		else {
			// A report's row names its kind, never the accused, the description or anything of the reporter's.
			assertThat(names).containsExactly(WhistleblowerProcess.Variables.ROW_CASE_NUMBER,
					WhistleblowerProcess.Variables.ROW_CASE_TITLE);
			assertThat(labels).containsExactly("رقم البلاغ", "نوع المخالفة");
		}
		assertThat(properties.get("showUndefinedVariable").asBoolean()).isFalse();
	}

	@Test
	void filtersFromBeforeTheColumnsGetThemAtTheNextStart() throws Exception {
		org.camunda.bpm.engine.filter.Filter filter = this.filters.createFilterQuery()
			.filterName(TasklistFilterSetup.filterName(StaffGroup.INTERNAL_AUDITORS))
			.singleResult();
		java.util.Map<String, Object> old = new java.util.LinkedHashMap<>(filter.getProperties());
		old.remove("variables");
		old.remove("showUndefinedVariable");
		this.filters.saveFilter(filter.setProperties(old));

		this.initializer.seed();

		org.camunda.bpm.engine.filter.Filter upgraded = this.filters.getFilter(filter.getId());
		List<?> columns = (List<?>) upgraded.getProperties().get("variables");
		assertThat(columns.stream().map(column -> (Object) ((java.util.Map<?, ?>) column).get("name")).toList())
			.containsExactly(WhistleblowerProcess.Variables.ROW_CASE_NUMBER, WhistleblowerProcess.Variables.ROW_CASE_TITLE);
		assertThat(this.filters.createFilterQuery().count()).isEqualTo(staff().size());
	}

	/** The engine fills the columns of a report's row with what the auditor may read, and nothing else. */
	@Test
	void aReportsRowCarriesItsNumberAndArabicCategory() throws Exception {
		org.camunda.bpm.engine.runtime.ProcessInstance report = this.runtime.startProcessInstanceByKey(
				WhistleblowerProcess.PROCESS_ID,
				java.util.Map.of(WhistleblowerProcess.Variables.CHANNEL, "PHONE", WhistleblowerProcess.Variables.CATEGORY,
						"FINANCIAL", WhistleblowerProcess.Variables.ACCUSED_ROLE, "EMPLOYEE",
						WhistleblowerProcess.Variables.DESCRIPTION, "صرف مبالغ دون مستندات"));
		String number = (String) this.runtime.getVariable(report.getId(), WhistleblowerProcess.Variables.REPORT_NUMBER);
		String filterId = this.filters.createFilterQuery()
			.filterName(TasklistFilterSetup.filterName(StaffGroup.INTERNAL_AUDITORS))
			.singleResult()
			.getId();
		Http http = new Http(this.port);
		String body = http.send(http.request("/engine-rest/filter/" + filterId + "/list?maxResults=1000")
			.header("Authorization", Http.basic("auditor1", DemoUsers.PASSWORD))
			.header("Accept", "application/hal+json")
			.build()).body();

		JsonNode tasks = new ObjectMapper().readTree(body).path("_embedded").path("task");
		JsonNode row = null;
		for (JsonNode task : tasks) {
			if (task.path("processInstanceId").asText().equals(report.getId())) {
				row = task;
			}
		}
		assertThat(row).as(body).isNotNull();
		java.util.Map<String, String> shown = new java.util.HashMap<>();
		row.path("_embedded").path("variable").forEach(v -> shown.put(v.get("name").asText(), v.get("value").asText()));
		assertThat(shown).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(WhistleblowerProcess.Variables.ROW_CASE_NUMBER,
				number, WhistleblowerProcess.Variables.ROW_CASE_TITLE, "مخالفة مالية"));
		this.runtime.deleteProcessInstance(report.getId(), "test");
	}

	/**
	 * A breach reported by a beneficiary relations officer: the officer's row shows its number and kind, never what
	 * happened; the reporter's own filter shows nothing of it.
	 */
	@Test
	void aBreachRowCarriesItsNumberAndKindForTheOfficerAlone() throws Exception {
		java.util.Map<String, Object> start = new java.util.HashMap<>();
		start.put(DataBreachProcess.Variables.DESCRIPTION, "فُقد جهاز محمول");
		start.put(DataBreachProcess.Variables.AWARE_AT, new java.util.Date(System.currentTimeMillis() - 60_000));
		start.put(DataBreachProcess.Variables.DISCOVERY, "بلاغ موظف");
		org.camunda.bpm.engine.runtime.ProcessInstance breach = this.runtime
			.startProcessInstanceByKey(DataBreachProcess.PROCESS_ID, start);
		String number = (String) this.runtime.getVariable(breach.getId(), DataBreachProcess.Variables.BREACH_NUMBER);
		java.util.Map<String, String> shown = rowOf(breach.getId(), StaffGroup.DATA_PROTECTION_OFFICER, "dpo1");
		assertThat(shown).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
				DataBreachProcess.Variables.ROW_CASE_NUMBER, number, DataBreachProcess.Variables.ROW_CASE_TITLE,
				"حادثة تسرب بيانات شخصية"));
		assertThat(rowOf(breach.getId(), StaffGroup.BENEFICIARY_RELATIONS, "relations1")).isNull();
		this.runtime.deleteProcessInstance(breach.getId(), "test");
	}

	/** The variables the group's filter shows on the instance's task row, or null when the row is not there. */
	private java.util.Map<String, String> rowOf(String instanceId, StaffGroup group, String user) throws Exception {
		String filterId = this.filters.createFilterQuery().filterName(TasklistFilterSetup.filterName(group))
			.singleResult().getId();
		Http http = new Http(this.port);
		String body = http.send(http.request("/engine-rest/filter/" + filterId + "/list?maxResults=1000")
			.header("Authorization", Http.basic(user, DemoUsers.PASSWORD))
			.header("Accept", "application/hal+json")
			.build()).body();
		for (JsonNode task : new ObjectMapper().readTree(body).path("_embedded").path("task")) {
			if (task.path("processInstanceId").asText().equals(instanceId)) {
				java.util.Map<String, String> shown = new java.util.HashMap<>();
				task.path("_embedded").path("variable")
					.forEach(v -> shown.put(v.get("name").asText(), v.get("value").asText()));
				return shown;
			}
		}
		return null;
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

		this.initializer.seed();

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

		this.initializer.seed();

		assertThat(this.filters.createFilterQuery().count()).isEqualTo(filtersBefore).isEqualTo(staff().size());
		assertThat(this.authorizations.createAuthorizationQuery().count()).isEqualTo(authorizationsBefore);
		assertThat(this.identity.createGroupQuery().count()).isEqualTo(groupsBefore);
	}

}
