package sa.nonprofit.hail.casefile;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.identity.StaffGroup;
import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * Who may do what with a case. Reading is exactly what the engine's authorizations allow on the instance: the number
 * is looked up in history as the reader, so a case the reader may not see and a case that does not exist give the same
 * answer (404, never 403, so nothing leaks its existence). Writing is narrower and checked here.
 */
@Service
class CaseAccess {

	private static final Pattern NUMBER = Pattern.compile("[A-Z]{2}-\\d{4}-[0-9A-Z]{1,20}");

	private final HistoryService history;

	private final IdentityService identity;

	private final TaskService tasks;

	CaseAccess(HistoryService history, IdentityService identity, TaskService tasks) {
		this.history = history;
		this.identity = identity;
		this.tasks = tasks;
	}

	static Refusal notFound() {
		return Refusal.notFound("لا يوجد ملف بهذا الرقم", "There is no case with this number");
	}

	/** The case as the reader may see it, or 404. */
	HistoricProcessInstance open(String number, Reader reader) {
		return find(number, reader).orElseThrow(CaseAccess::notFound);
	}

	Optional<HistoricProcessInstance> find(String number, Reader reader) {
		if (number == null || !NUMBER.matcher(number).matches()) {
			return Optional.empty();
		}
		return asReader(reader, () -> this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.processDefinitionKeyIn(BeneficiaryProcess.PROCESS_ID, WhistleblowerProcess.PROCESS_ID)
			.list()
			.stream()
			.findFirst());
	}

	/** Runs an engine query as the reader, so the engine's authorizations decide what it returns. */
	<T> T asReader(Reader reader, Supplier<T> query) {
		Authentication before = this.identity.getCurrentAuthentication();
		try {
			this.identity.setAuthentication(reader.userId(), reader.groups());
			return query.get();
		}
		finally {
			if (before == null) {
				this.identity.clearAuthentication();
			}
			else {
				this.identity.setAuthentication(before);
			}
		}
	}

	/** Runs an engine query as the application, for what the reader's access to the case already covers. */
	<T> T asApplication(Supplier<T> query) {
		Authentication before = this.identity.getCurrentAuthentication();
		try {
			this.identity.clearAuthentication();
			return query.get();
		}
		finally {
			if (before != null) {
				this.identity.setAuthentication(before);
			}
		}
	}

	/** The active tasks of the case, read by the application (their names and holders are shown to every reader). */
	List<Task> activeTasks(HistoricProcessInstance instance) {
		return asApplication(() -> this.tasks.createTaskQuery().processInstanceId(instance.getId()).active().list());
	}

	List<IdentityLink> candidates(Task task) {
		return asApplication(() -> this.tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.toList());
	}

	/**
	 * Whether the reader works the case: a candidate group or the assignee of one of its active tasks, or, for a
	 * support request, beneficiary relations, who own that procedure.
	 */
	boolean works(HistoricProcessInstance instance, Reader reader) {
		if (BeneficiaryProcess.PROCESS_ID.equals(instance.getProcessDefinitionKey())
				&& reader.in(StaffGroup.BENEFICIARY_RELATIONS.id())) {
			return true;
		}
		for (Task task : activeTasks(instance)) {
			if (reader.userId().equals(task.getAssignee())
					|| candidates(task).stream().anyMatch(link -> reader.in(link.getGroupId()))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the reader is one of the report's auditors (the group routed to its preliminary review). */
	boolean isAuditor(HistoricProcessInstance instance, Reader reader) {
		if (!WhistleblowerProcess.PROCESS_ID.equals(instance.getProcessDefinitionKey())) {
			return false;
		}
		List<HistoricVariableInstance> groups = asApplication(() -> this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(WhistleblowerProcess.Variables.AUDITOR_GROUP)
			.list());
		// the process-level value only: a same-named local variable elsewhere must not make a reader an auditor
		return groups.stream()
			.filter(group -> instance.getId().equals(group.getExecutionId()))
			.anyMatch(group -> group.getValue() instanceof String id && reader.in(id));
	}

	/** Whether the reader may read who opened the case: the board chair and the administrator, if they may read it. */
	static boolean readsAccessLog(Reader reader) {
		return reader.in(StaffGroup.BOARD_CHAIR.id()) || reader.in(StaffGroup.CAMUNDA_ADMIN.id());
	}

}
