package sa.nonprofit.hail.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes a person's data from the engine's own tables for some instances, with SQL, since the engine offers no API
 * for most of it (history details, task names, comments, the operation log): variables the person's data lives in
 * (runtime, history, their detail rows and their byte arrays, long texts included), task names and descriptions
 * computed from that data, comments and attachments, and free text in the operation log, incident and job logs.
 * Everything that identifies nobody stays, so the figures of past periods are unchanged: the instances, their
 * dates and tasks, channel, decisions and survey scores ({@link SubjectVariables#erased}).
 */
@Component
class EngineErasure {

	/** Operation-log properties whose values are ids, dates or switches, never a person's words. */
	private static final Set<String> PLAIN_LOG_PROPERTIES = Set.of("suspensionState", "nrOfInstances", "async",
			"processDefinitionKey", "processDefinitionId", "priority", "dueDate", "followUpDate", "assignee", "owner",
			"userId", "groupId", "delegation", "type");

	private final JdbcTemplate jdbc;

	private final RepositoryService repository;

	EngineErasure(JdbcTemplate jdbc, RepositoryService repository) {
		this.jdbc = jdbc;
		this.repository = repository;
	}

	/** Erases the person's data from these instances (running or finished). */
	void erase(Collection<String> instanceIds) {
		for (List<String> chunk : Sql.chunks(instanceIds)) {
			eraseChunk(chunk);
		}
	}

	private void eraseChunk(List<String> ids) {
		String in = "(" + Sql.marks(ids.size()) + ")";
		Object[] args = ids.toArray();
		Set<String> byteArrays = new HashSet<>();

		// Runtime variables (task-local copies such as Tasklist's row title included).
		List<String> runtime = new ArrayList<>();
		this.jdbc.query("SELECT ID_, NAME_, TYPE_, BYTEARRAY_ID_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ IN " + in,
				rs -> {
					if (SubjectVariables.erased(rs.getString(2), rs.getString(3))) {
						runtime.add(rs.getString(1));
						addIfPresent(byteArrays, rs.getString(4));
					}
				}, args);
		deleteByIds("ACT_RU_VARIABLE", runtime);

		// History variables, and every detail row written for them.
		List<String> historic = new ArrayList<>();
		this.jdbc.query("SELECT ID_, NAME_, VAR_TYPE_, BYTEARRAY_ID_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ IN " + in,
				rs -> {
					if (SubjectVariables.erased(rs.getString(2), rs.getString(3))) {
						historic.add(rs.getString(1));
						addIfPresent(byteArrays, rs.getString(4));
					}
				}, args);
		List<String> details = new ArrayList<>();
		this.jdbc.query("SELECT ID_, VAR_INST_ID_, NAME_, VAR_TYPE_, TYPE_, BYTEARRAY_ID_ FROM ACT_HI_DETAIL"
				+ " WHERE PROC_INST_ID_ IN " + in, rs -> {
					boolean formProperty = !"VariableUpdate".equals(rs.getString(5));
					if (formProperty || historic.contains(rs.getString(2))
							|| SubjectVariables.erased(rs.getString(3), rs.getString(4))) {
						details.add(rs.getString(1));
						addIfPresent(byteArrays, rs.getString(6));
					}
				}, args);
		deleteByIds("ACT_HI_DETAIL", details);
		deleteByIds("ACT_HI_VARINST", historic);

		// Comments and attachments: staff's words about the person.
		String tasksOf = "SELECT ID_ FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ IN " + in;
		Object[] twice = twice(ids);
		this.jdbc.query("SELECT CONTENT_ID_ FROM ACT_HI_ATTACHMENT WHERE PROC_INST_ID_ IN " + in + " OR TASK_ID_ IN ("
				+ tasksOf + ")", rs -> {
					addIfPresent(byteArrays, rs.getString(1));
				}, twice);
		this.jdbc.update("DELETE FROM ACT_HI_ATTACHMENT WHERE PROC_INST_ID_ IN " + in + " OR TASK_ID_ IN (" + tasksOf
				+ ")", twice);
		this.jdbc.update("DELETE FROM ACT_HI_COMMENT WHERE PROC_INST_ID_ IN " + in + " OR TASK_ID_ IN (" + tasksOf
				+ ")", twice);

		// Task names and descriptions may be computed from the person's data; the model's fixed words stay.
		renameTasks("ACT_HI_TASKINST", in, args);
		renameTasks("ACT_RU_TASK", in, args);

		// Free text in the operation log, incidents and the job log.
		List<Object> logArgs = new ArrayList<>(ids);
		logArgs.addAll(PLAIN_LOG_PROPERTIES);
		this.jdbc.update("UPDATE ACT_HI_OP_LOG SET ORG_VALUE_ = NULL, NEW_VALUE_ = NULL WHERE PROC_INST_ID_ IN " + in
				+ " AND (PROPERTY_ IS NULL OR PROPERTY_ NOT IN (" + Sql.marks(PLAIN_LOG_PROPERTIES.size()) + "))",
				logArgs.toArray());
		this.jdbc.update("UPDATE ACT_HI_INCIDENT SET INCIDENT_MSG_ = NULL WHERE PROC_INST_ID_ IN " + in, args);
		this.jdbc.update("UPDATE ACT_RU_INCIDENT SET INCIDENT_MSG_ = NULL WHERE PROC_INST_ID_ IN " + in, args);
		this.jdbc.query("SELECT JOB_EXCEPTION_STACK_ID_ FROM ACT_HI_JOB_LOG WHERE PROCESS_INSTANCE_ID_ IN " + in,
				rs -> {
					addIfPresent(byteArrays, rs.getString(1));
				}, args);
		this.jdbc.update("UPDATE ACT_HI_JOB_LOG SET JOB_EXCEPTION_MSG_ = NULL, JOB_EXCEPTION_STACK_ID_ = NULL"
				+ " WHERE PROCESS_INSTANCE_ID_ IN " + in, args);

		deleteByIds("ACT_GE_BYTEARRAY", new ArrayList<>(byteArrays));
	}

	private void renameTasks(String table, String in, Object[] args) {
		Map<String, BpmnModelInstance> models = new HashMap<>();
		List<String[]> tasks = this.jdbc.query("SELECT ID_, PROC_DEF_ID_, TASK_DEF_KEY_, NAME_, DESCRIPTION_ FROM "
				+ table + " WHERE PROC_INST_ID_ IN " + in, (rs, row) -> new String[] { rs.getString(1),
						rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) }, args);
		for (String[] task : tasks) {
			String fixed = fixedName(models, task[1], task[2]);
			boolean rename = task[3] != null && !task[3].equals(fixed);
			if (rename || task[4] != null) {
				this.jdbc.update("UPDATE " + table + " SET NAME_ = ?, DESCRIPTION_ = NULL WHERE ID_ = ?",
						rename ? fixed : task[3], task[0]);
			}
		}
	}

	/** The task's name in its model with any expression left out: the words no instance's data changes. */
	private String fixedName(Map<String, BpmnModelInstance> models, String definitionId, String taskKey) {
		if (definitionId == null || taskKey == null) {
			return null;
		}
		BpmnModelInstance model = models.computeIfAbsent(definitionId, this.repository::getBpmnModelInstance);
		FlowElement element = model == null ? null : model.getModelElementById(taskKey);
		if (element == null || element.getName() == null) {
			return null;
		}
		return element.getName().replaceAll("[$#]\\{[^}]*}", "").replaceAll("\\s+", " ").strip();
	}

	private void deleteByIds(String table, List<String> ids) {
		for (List<String> chunk : Sql.chunks(ids)) {
			this.jdbc.update("DELETE FROM " + table + " WHERE ID_ IN (" + Sql.marks(chunk.size()) + ")",
					chunk.toArray());
		}
	}

	private static Object[] twice(List<String> ids) {
		List<Object> both = new ArrayList<>(ids);
		both.addAll(ids);
		return both.toArray();
	}

	private static void addIfPresent(Set<String> ids, String id) {
		if (id != null) {
			ids.add(id);
		}
	}

}
