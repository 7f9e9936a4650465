package sa.nonprofit.hail.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.support.AsyncSteps;
import sa.nonprofit.hail.system.SaudiIdentifiers;
import sa.nonprofit.hail.whistleblowing.AccusedRole;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * Open Tasklist work for {@link TasklistBenchmark}: a few real cases started through the engine (support requests
 * waiting in Task_VerifyApplication, reports waiting in Task_AcknowledgeReceipt, some of them against an internal
 * auditor so that the chair does the auditors' work), then copied row for row with SQL. A copy is every row the
 * engine wrote for its case (runtime, history, identity links, per-task and per-report authorizations, byte arrays),
 * with each id of the case replaced (md5 of the id and the copy's number) and each timestamp moved back a minute per copy: exactly the rows the engine
 * writes, under new ids.
 */
final class TasklistSeed {

	/** Real support requests per copy round. */
	static final int REQUEST_TEMPLATES = 45;

	/** Real reports per copy round: against an employee (auditors' work) and against an internal auditor (the chair's). */
	static final int REPORTS_FOR_AUDITORS = 4;

	static final int REPORTS_FOR_CHAIR = 1;

	static final int TEMPLATES = REQUEST_TEMPLATES + REPORTS_FOR_AUDITORS + REPORTS_FOR_CHAIR;

	private final ProcessEngine engine;

	private final JdbcTemplate jdbc;

	private final List<String> templateInstances = new ArrayList<>();

	private int copies;

	TasklistSeed(ProcessEngine engine, JdbcTemplate jdbc) {
		this.engine = engine;
		this.jdbc = jdbc;
	}

	/** Open tasks of each kind once {@code grow} has run: one per case. */
	int requests() {
		return REQUEST_TEMPLATES * (this.copies + 1);
	}

	/** A new report waits in two tasks at once: the acknowledgement and informing the leadership. */
	int reportTasksForAuditors() {
		return 2 * REPORTS_FOR_AUDITORS * (this.copies + 1);
	}

	int reportTasksForChair() {
		return 2 * REPORTS_FOR_CHAIR * (this.copies + 1);
	}

	int tasks() {
		return requests() + reportTasksForAuditors() + reportTasksForChair();
	}

	/** Starts the real cases once and captures their rows. */
	void startTemplates() {
		for (int i = 0; i < REQUEST_TEMPLATES; i++) {
			this.templateInstances.add(request(i));
		}
		for (int i = 0; i < REPORTS_FOR_AUDITORS; i++) {
			this.templateInstances.add(report(AccusedRole.EMPLOYEE, i));
		}
		for (int i = 0; i < REPORTS_FOR_CHAIR; i++) {
			this.templateInstances.add(report(AccusedRole.INTERNAL_AUDITOR, i));
		}
		captureTemplateRows();
	}

	/** Copies the templates until there are at least {@code tasks} open tasks. */
	void grow(int tasks) {
		int perCopy = REQUEST_TEMPLATES + 2 * (REPORTS_FOR_AUDITORS + REPORTS_FOR_CHAIR);
		int target = (tasks + perCopy - 1) / perCopy - 1;
		if (target <= this.copies) {
			return;
		}
		for (String table : this.templateTables) {
			this.jdbc.update(copyStatement(table), this.copies + 1, target);
		}
		this.copies = target;
	}

	private final List<String> templateTables = new ArrayList<>();

	private final Map<String, List<String[]>> columns = new HashMap<>();

	/** Every engine table row belonging to a template case, with the set of its ids, in temporary tables. */
	private void captureTemplateRows() {
		this.jdbc.execute("CREATE TABLE bench_tpl_instance (id text PRIMARY KEY)");
		this.jdbc.batchUpdate("INSERT INTO bench_tpl_instance VALUES (?)",
				this.templateInstances.stream().map(id -> new Object[] { id }).toList());
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT table_name, column_name, data_type FROM information_schema.columns
				WHERE table_schema = current_schema() AND table_name LIKE 'act\\_%' ORDER BY table_name, ordinal_position""");
		for (Map<String, Object> row : rows) {
			this.columns.computeIfAbsent((String) row.get("table_name"), t -> new ArrayList<>())
				.add(new String[] { (String) row.get("column_name"), (String) row.get("data_type") });
		}
		// Rows of a case: by its process instance; then everything keyed by one of its ids (authorizations, byte arrays).
		this.jdbc.execute("CREATE TABLE bench_tpl_id (id text PRIMARY KEY)");
		this.jdbc.update("INSERT INTO bench_tpl_id SELECT id FROM bench_tpl_instance");
		for (Map.Entry<String, List<String[]>> table : this.columns.entrySet()) {
			List<String> names = table.getValue().stream().map(c -> c[0]).toList();
			String byInstance = names.contains("proc_inst_id_") ? "proc_inst_id_"
					: names.contains("root_proc_inst_id_") ? "root_proc_inst_id_" : null;
			if (byInstance == null || !names.contains("id_") || table.getKey().equals("act_ru_authorization")
					|| table.getKey().equals("act_ge_bytearray") || table.getKey().equals("act_ru_identitylink")) {
				continue;
			}
			String name = table.getKey();
			this.jdbc.execute("CREATE TABLE bench_tpl_" + name + " AS SELECT * FROM " + name + " WHERE " + byInstance
					+ " IN (SELECT id FROM bench_tpl_instance)");
			this.jdbc.update("INSERT INTO bench_tpl_id SELECT id_ FROM bench_tpl_" + name + " ON CONFLICT DO NOTHING");
			for (String reference : List.of("bytearray_id_", "exception_stack_id_", "error_details_id_")) {
				if (names.contains(reference)) {
					this.jdbc.update("INSERT INTO bench_tpl_id SELECT " + reference + " FROM bench_tpl_" + name + " WHERE "
							+ reference + " IS NOT NULL ON CONFLICT DO NOTHING");
				}
			}
			this.templateTables.add(name);
		}
		// Candidate links of the tasks: keyed by the task, not the instance.
		this.jdbc.execute("""
				CREATE TABLE bench_tpl_act_ru_identitylink AS SELECT * FROM act_ru_identitylink
				WHERE task_id_ IN (SELECT id FROM bench_tpl_id)""");
		this.jdbc.update("INSERT INTO bench_tpl_id SELECT id_ FROM bench_tpl_act_ru_identitylink ON CONFLICT DO NOTHING");
		this.templateTables.add("act_ru_identitylink");
		this.jdbc.execute("""
				CREATE TABLE bench_tpl_act_ru_authorization AS SELECT * FROM act_ru_authorization
				WHERE resource_id_ IN (SELECT id FROM bench_tpl_id)""");
		this.jdbc.execute("""
				CREATE TABLE bench_tpl_act_ge_bytearray AS SELECT * FROM act_ge_bytearray
				WHERE id_ IN (SELECT id FROM bench_tpl_id)""");
		this.jdbc.update("INSERT INTO bench_tpl_id SELECT id_ FROM bench_tpl_act_ru_authorization ON CONFLICT DO NOTHING");
		this.templateTables.add("act_ru_authorization");
		this.templateTables.add("act_ge_bytearray");
		// Parents first (foreign keys): byte arrays, executions, then the rest; executions by tree depth.
		this.templateTables.sort((a, b) -> Integer.compare(order(a), order(b)));
	}

	private static int order(String table) {
		return switch (table) {
			case "act_ge_bytearray" -> 0;
			case "act_ru_execution" -> 1;
			case "act_ru_task" -> 2;
			default -> 3;
		};
	}

	/** INSERT ... SELECT of one table's template rows for copies ? to ?, ids replaced, times moved back. */
	private String copyStatement(String table) {
		String select = this.columns.get(table).stream().map(column -> {
			String name = column[0];
			String type = column[1];
			if (type.startsWith("character") || type.equals("text")) {
				// A new id of at most 32 characters, the same wherever the template id appears in this copy.
				return "CASE WHEN t." + name + " IN (SELECT id FROM bench_tpl_id) THEN md5(t." + name
						+ " || '~' || g) ELSE t." + name + " END";
			}
			if (type.startsWith("timestamp")) {
				return "t." + name + " - g * interval '1 minute'";
			}
			return "t." + name;
		}).collect(Collectors.joining(", "));
		String names = this.columns.get(table).stream().map(c -> c[0]).collect(Collectors.joining(", "));
		String order = table.equals("act_ru_execution") ? " ORDER BY g, (t.parent_id_ IS NOT NULL)" : "";
		return "INSERT INTO " + table + " (" + names + ") SELECT " + select + " FROM bench_tpl_" + table
				+ " t, generate_series(?::int, ?::int) g" + order;
	}

	private String request(int n) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(BeneficiaryProcess.Variables.APPLICANT_NAME, "متقدم " + n);
		variables.put(BeneficiaryProcess.Variables.NATIONAL_ID, nationalId());
		variables.put(BeneficiaryProcess.Variables.MOBILE, "0551234567");
		variables.put(BeneficiaryProcess.Variables.CHANNEL, "WEBSITE");
		variables.put(BeneficiaryProcess.Variables.SUPPORT_TYPE, "AWARENESS");
		variables.put(BeneficiaryProcess.Variables.REQUEST_DETAILS, "طلب رقم " + n);
		String id = this.engine.getRuntimeService()
			.startProcessInstanceByKey(BeneficiaryProcess.PROCESS_ID, variables)
			.getId();
		runAsyncSteps(id);
		expectTasks(id, BeneficiaryProcess.Elements.VERIFY);
		return id;
	}

	private String report(AccusedRole accused, int n) {
		String id = this.engine.getRuntimeService()
			.startProcessInstanceByKey(WhistleblowerProcess.PROCESS_ID,
					Map.of(WhistleblowerProcess.Variables.CHANNEL, "PHONE", WhistleblowerProcess.Variables.CATEGORY,
							"FINANCIAL", WhistleblowerProcess.Variables.ACCUSED_ROLE, accused.name(),
							WhistleblowerProcess.Variables.DESCRIPTION, "بلاغ " + n))
			.getId();
		runAsyncSteps(id);
		expectTasks(id, WhistleblowerProcess.Elements.ACKNOWLEDGE, WhistleblowerProcess.Elements.NOTIFY_LEADERSHIP);
		return id;
	}

	private void expectTasks(String instance, String... activities) {
		List<String> open = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance)
			.list()
			.stream()
			.map(task -> task.getTaskDefinitionKey())
			.sorted()
			.toList();
		if (!open.equals(Stream.of(activities).sorted().toList())) {
			throw new IllegalStateException(instance + " waits in " + open);
		}
	}

	/** The job executor is off: run the asynchronous steps (notifications), never the timers. */
	private void runAsyncSteps(String instance) {
		AsyncSteps.run(this.engine, instance);
	}

	private static String nationalId() {
		while (true) {
			String candidate = "1" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
			if (SaudiIdentifiers.isValidNationalId(candidate)) {
				return candidate;
			}
		}
	}

}
