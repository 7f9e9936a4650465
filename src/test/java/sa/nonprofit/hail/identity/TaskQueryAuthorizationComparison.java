package sa.nonprofit.hail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.support.AsyncSteps;
import sa.nonprofit.hail.system.SaudiIdentifiers;
import sa.nonprofit.hail.whistleblowing.AccusedRole;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * The task query checked task by task ({@link TaskQueryAuthorization}) finds exactly what the engine's own join finds,
 * for every staff user, through every query shape Tasklist and the REST API send, on support requests and on reports
 * routed around whoever is accused. Run on H2 ({@link TaskQueryAuthorizationTest}) and on PostgreSQL
 * ({@link TaskQueryAuthorizationPostgresIT}): the bit tests on permissions are written per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TaskQueryAuthorizationComparison {

	@Autowired
	ProcessEngine engine;

	@Autowired
	FilterService filters;

	private Map<String, String> ours;

	@BeforeAll
	void mixedCases() {
		for (int i = 0; i < 3; i++) {
			request(i);
		}
		// Ordinary reports go to the auditors; against an auditor the chair does their work; against a committee
		// member the committee is kept out of it; against the chair the vice chair ratifies.
		for (AccusedRole accused : List.of(AccusedRole.EMPLOYEE, AccusedRole.INTERNAL_AUDITOR,
				AccusedRole.COMMITTEE_MEMBER, AccusedRole.BOARD_CHAIR, AccusedRole.EXECUTIVE_DIRECTOR)) {
			report(accused);
		}
		this.ours = sessions().getStatementMappings();
	}

	/** The cases of this comparison leave the shared context: other tests read the same Tasklist filters' first pages. */
	@AfterAll
	void removeTheCases() {
		this.engine.getRuntimeService().deleteProcessInstances(this.started, "comparison done", true, true);
	}

	@AfterEach
	void ourMappingAgain() {
		sessions().setStatementMappings(this.ours);
		this.engine.getIdentityService().clearAuthentication();
	}

	@Test
	void theEngineRunsTheTaskQueryCheckedTaskByTask() {
		assertThat(sessions().mapStatement("selectTaskByQueryCriteria"))
			.isEqualTo(TaskQueryAuthorization.NAMESPACE + ".selectTasksCheckedPerTask");
		assertThat(sessions().mapStatement("selectTaskCountByQueryCriteria"))
			.isEqualTo(TaskQueryAuthorization.NAMESPACE + ".countTasksCheckedPerTask");
	}

	/** The statement the engine prepares for a staff user's filter: no authorization join, a check on each task. */
	@Test
	void aStaffUsersTaskQueryChecksEachTaskInsteadOfJoiningAuthorizations() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
		Map<String, String> statements = configuration.getCommandExecutorTxRequired().execute(commandContext -> {
			TaskQueryImpl query = new TaskQueryImpl();
			query.taskCandidateGroup(StaffGroup.BENEFICIARY_RELATIONS.id());
			AuthorizationCheck check = query.getAuthCheck();
			check.setAuthorizationCheckEnabled(true);
			check.setAuthUserId("relations1");
			check.setAuthGroupIds(List.of(StaffGroup.BENEFICIARY_RELATIONS.id()));
			check.setPermissionChecks(new PermissionCheckBuilder().disjunctive()
				.atomicCheck(Resources.TASK, "RES.ID_", Permissions.READ)
				.atomicCheck(Resources.PROCESS_DEFINITION, "PROCDEF.KEY_", ProcessDefinitionPermissions.READ_TASK)
				.build());
			Map<String, String> sql = new HashMap<>();
			for (String statement : TaskQueryAuthorization.STATEMENTS.keySet()) {
				sql.put(statement, mybatis.getMappedStatement(sessions().mapStatement(statement)).getBoundSql(query).getSql());
			}
			return sql;
		});
		statements.forEach((statement, sql) -> assertThat(sql).as(statement)
			.doesNotContain("AUTH ON")
			.contains("RES.PROC_DEF_ID_ in")
			.contains("A.RESOURCE_ID_ = RES.ID_"));
	}

	@Test
	void everyStaffUserSeesTheSameTasksAsWithTheEnginesJoin() {
		for (DemoUsers.DemoUser user : DemoUsers.USERS) {
			if (!user.group().worksInTasklist() || user.group() == StaffGroup.CAMUNDA_ADMIN) {
				continue;
			}
			for (Map.Entry<String, Supplier<TaskQuery>> shape : shapes(user).entrySet()) {
				String what = user.id() + ", " + shape.getKey();
				Seen mine = as(user, shape.getValue());
				Seen engines = withEnginesStatements(() -> as(user, shape.getValue()));
				assertThat(mine.ids()).as(what).isEqualTo(engines.ids());
				assertThat(mine.count()).as(what).isEqualTo(engines.count()).isEqualTo(mine.ids().size());
				// Tasks created at the same instant may come in either order: the page is as long and from the same set.
				assertThat(mine.page()).as(what + ", first page").hasSameSizeAs(engines.page());
				assertThat(mine.ids()).as(what + ", first page").containsAll(mine.page());
			}
			String what = user.id() + ", own Tasklist filter newest first";
			Seen mine = filtered(user);
			Seen engines = withEnginesStatements(() -> filtered(user));
			assertThat(mine.ids()).as(what).isEqualTo(engines.ids());
			assertThat(mine.count()).as(what).isEqualTo(engines.count()).isEqualTo(mine.ids().size());
			assertThat(mine.page()).as(what).hasSameSizeAs(engines.page());
		}
	}

	/** Nobody holds two groups in the demo, but an association may give one person two roles. */
	@Test
	void aUserInTwoGroupsSeesTheSameTasksAsWithTheEnginesJoin() {
		List<List<StaffGroup>> pairs = List.of(
				List.of(StaffGroup.BENEFICIARY_RELATIONS, StaffGroup.INTERNAL_AUDITORS),
				List.of(StaffGroup.INTERNAL_AUDITORS, StaffGroup.VIOLATIONS_COMMITTEE),
				List.of(StaffGroup.BOARD_CHAIR, StaffGroup.BOARD_VICE_CHAIR));
		for (List<StaffGroup> groups : pairs) {
			DemoUsers.DemoUser user = DemoUsers.USERS.stream()
				.filter(candidate -> candidate.group() == groups.get(0))
				.findFirst()
				.orElseThrow();
			List<String> ids = groups.stream().map(StaffGroup::id).toList();
			for (Map.Entry<String, Supplier<TaskQuery>> shape : shapes(user).entrySet()) {
				String what = user.id() + " in " + ids + ", " + shape.getKey();
				Seen mine = as(user.id(), ids, shape.getValue());
				Seen engines = withEnginesStatements(() -> as(user.id(), ids, shape.getValue()));
				assertThat(mine.ids()).as(what).isEqualTo(engines.ids());
				assertThat(mine.count()).as(what).isEqualTo(engines.count());
			}
		}
	}

	/** The user's own filter as Tasklist runs it: the saved query, sorted newest first. */
	private Seen filtered(DemoUsers.DemoUser user) {
		Filter filter = this.filters.createFilterQuery()
			.filterName(TasklistFilterSetup.filterName(user.group()))
			.singleResult();
		this.engine.getIdentityService().setAuthentication(user.id(), List.of(user.group().id()));
		try {
			TaskQuery newestFirst = this.engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc();
			Set<String> ids = this.filters.<Task, TaskQuery>list(filter.getId(), newestFirst)
				.stream()
				.map(Task::getId)
				.collect(Collectors.toCollection(TreeSet::new));
			long count = this.filters.count(filter.getId(), newestFirst);
			List<String> page = this.filters.<Task, TaskQuery>listPage(filter.getId(), newestFirst, 0, 15)
				.stream()
				.map(Task::getId)
				.toList();
			return new Seen(ids, count, page);
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

	/** Independently of either statement: who sees which report's tasks, by the routing rules. */
	@Test
	void reportsStayWithTheGroupsRoutedToThem() {
		Set<String> auditors = activitiesOf(user("auditor1"));
		Set<String> relations = activitiesOf(user("relations1"));
		assertThat(relations).contains(BeneficiaryProcess.Elements.VERIFY)
			.doesNotContain(WhistleblowerProcess.Elements.ACKNOWLEDGE);
		assertThat(auditors).contains(WhistleblowerProcess.Elements.ACKNOWLEDGE)
			.doesNotContain(BeneficiaryProcess.Elements.VERIFY);
		String againstAuditor = reportAgainst(AccusedRole.INTERNAL_AUDITOR);
		assertThat(visibleInstances(user("auditor1"))).doesNotContain(againstAuditor);
		assertThat(visibleInstances(user("chair1"))).contains(againstAuditor);
		assertThat(visibleInstances(user("violations1"))).doesNotContain(againstAuditor);
	}

	private Map<String, Supplier<TaskQuery>> shapes(DemoUsers.DemoUser user) {
		Map<String, Supplier<TaskQuery>> shapes = new HashMap<>();
		shapes.put("every task", () -> this.engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc());
		shapes.put("candidate group, assigned too",
				() -> this.engine.getTaskService()
					.createTaskQuery()
					.taskCandidateGroup(user.group().id())
					.includeAssignedTasks()
					.orderByDueDate()
					.asc()
					.orderByTaskCreateTime()
					.desc());
		shapes.put("mine or my group's",
				() -> this.engine.getTaskService()
					.createTaskQuery()
					.or()
					.taskAssignee(user.id())
					.taskCandidateGroup(user.group().id())
					.endOr()
					.orderByTaskCreateTime()
					.desc());
		shapes.put("a report's tasks by definition key",
				() -> this.engine.getTaskService()
					.createTaskQuery()
					.processDefinitionKey(WhistleblowerProcess.PROCESS_ID)
					.orderByTaskCreateTime()
					.desc());
		shapes.put("by process variable",
				() -> this.engine.getTaskService()
					.createTaskQuery()
					.processVariableValueEquals(WhistleblowerProcess.Variables.CATEGORY, "FINANCIAL")
					.orderByTaskCreateTime()
					.desc());
		return shapes;
	}

	private Seen as(DemoUsers.DemoUser user, Supplier<TaskQuery> query) {
		return as(user.id(), List.of(user.group().id()), query);
	}

	private Seen as(String user, List<String> groups, Supplier<TaskQuery> query) {
		this.engine.getIdentityService().setAuthentication(user, groups);
		try {
			Set<String> ids = query.get().list().stream().map(Task::getId).collect(Collectors.toCollection(TreeSet::new));
			long count = query.get().count();
			List<String> page = query.get().listPage(0, 15).stream().map(Task::getId).toList();
			return new Seen(ids, count, page);
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

	private <T> T withEnginesStatements(Supplier<T> work) {
		Map<String, String> engines = new HashMap<>(this.ours);
		TaskQueryAuthorization.STATEMENTS.keySet().forEach(engines::remove);
		sessions().setStatementMappings(engines);
		try {
			return work.get();
		}
		finally {
			sessions().setStatementMappings(this.ours);
		}
	}

	private Set<String> activitiesOf(DemoUsers.DemoUser user) {
		return tasksOf(user).stream().map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
	}

	private Set<String> visibleInstances(DemoUsers.DemoUser user) {
		return tasksOf(user).stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
	}

	private List<Task> tasksOf(DemoUsers.DemoUser user) {
		this.engine.getIdentityService().setAuthentication(user.id(), List.of(user.group().id()));
		try {
			return this.engine.getTaskService().createTaskQuery().list();
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

	private final Map<AccusedRole, String> reports = new HashMap<>();

	private final List<String> started = new java.util.ArrayList<>();

	private String reportAgainst(AccusedRole accused) {
		return this.reports.get(accused);
	}

	private static DemoUsers.DemoUser user(String id) {
		return DemoUsers.USERS.stream().filter(user -> user.id().equals(id)).findFirst().orElseThrow();
	}

	private DbSqlSessionFactory sessions() {
		return ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration()).getDbSqlSessionFactory();
	}

	private void request(int n) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(BeneficiaryProcess.Variables.APPLICANT_NAME, "متقدم للمقارنة " + n);
		variables.put(BeneficiaryProcess.Variables.NATIONAL_ID, nationalId(n));
		variables.put(BeneficiaryProcess.Variables.MOBILE, "0551234567");
		variables.put(BeneficiaryProcess.Variables.CHANNEL, "WEBSITE");
		variables.put(BeneficiaryProcess.Variables.SUPPORT_TYPE, "AWARENESS");
		variables.put(BeneficiaryProcess.Variables.REQUEST_DETAILS, "طلب للمقارنة " + n);
		String id = this.engine.getRuntimeService()
			.startProcessInstanceByKey(BeneficiaryProcess.PROCESS_ID, variables)
			.getId();
		this.started.add(id);
		runAsyncSteps(id);
	}

	private void report(AccusedRole accused) {
		String id = this.engine.getRuntimeService()
			.startProcessInstanceByKey(WhistleblowerProcess.PROCESS_ID,
					Map.of(WhistleblowerProcess.Variables.CHANNEL, "PHONE", WhistleblowerProcess.Variables.CATEGORY,
							"FINANCIAL", WhistleblowerProcess.Variables.ACCUSED_ROLE, accused.name(),
							WhistleblowerProcess.Variables.DESCRIPTION, "بلاغ للمقارنة"))
			.getId();
		this.started.add(id);
		runAsyncSteps(id);
		this.reports.put(accused, id);
	}

	private void runAsyncSteps(String instance) {
		AsyncSteps.run(this.engine, instance);
	}

	private static String nationalId(int n) {
		String base = "27" + String.format("%07d", 4200 + n);
		for (int check = 0; check < 10; check++) {
			if (SaudiIdentifiers.isValidNationalId(base + check)) {
				return base + check;
			}
		}
		throw new IllegalStateException();
	}

	/** What one user found: every task id, the count, and the first page in order. */
	record Seen(Set<String> ids, long count, List<String> page) {
	}

}
