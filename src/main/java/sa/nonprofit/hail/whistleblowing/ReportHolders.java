package sa.nonprofit.hail.whistleblowing;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.notification.Notification;
import sa.nonprofit.hail.notification.NotificationKind;
import sa.nonprofit.hail.notification.NotificationNotDeliveredException;
import sa.nonprofit.hail.notification.NotificationPort;
import sa.nonprofit.hail.notification.Recipient;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/**
 * Who holds a report now: the candidate groups of its active tasks. Routing put those tasks with groups other than the
 * accused's, so telling exactly these groups keeps the accused out. A report with no task open (closed, or between
 * steps) is held by its auditors, who own the thread with the reporter.
 */
@Service
class ReportHolders {

	private static final Logger log = LoggerFactory.getLogger(ReportHolders.class);

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final HistoryService history;

	private final NotificationPort notifications;

	ReportHolders(RuntimeService runtime, TaskService tasks, HistoryService history, NotificationPort notifications) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.history = history;
		this.notifications = notifications;
	}

	Set<String> of(String reportNumber) {
		Set<String> groups = new LinkedHashSet<>();
		ProcessInstance open = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(WhistleblowerProcess.PROCESS_ID)
			.processInstanceBusinessKey(reportNumber)
			.singleResult();
		if (open != null) {
			for (Task task : this.tasks.createTaskQuery().processInstanceId(open.getId()).active().list()) {
				for (IdentityLink link : this.tasks.getIdentityLinksForTask(task.getId())) {
					if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
						groups.add(link.getGroupId());
					}
				}
			}
		}
		if (groups.isEmpty()) {
			this.history.createHistoricProcessInstanceQuery()
				.processDefinitionKey(WhistleblowerProcess.PROCESS_ID)
				.processInstanceBusinessKey(reportNumber)
				.list()
				.forEach(report -> this.history.createHistoricVariableInstanceQuery()
					.processInstanceId(report.getId())
					.variableName(Variables.AUDITOR_GROUP)
					.list()
					.stream()
					.map(HistoricVariableInstance::getValue)
					.filter(String.class::isInstance)
					.forEach(group -> groups.add((String) group)));
		}
		return groups;
	}

	/**
	 * Tells the report's holders a message from the reporter arrived: the number only, never the text. A channel that
	 * fails is recorded as FAILED in the notification log; the reporter's message is kept all the same.
	 */
	void tellOfReporterMessage(String reportNumber) {
		for (String group : of(reportNumber)) {
			try {
				this.notifications.send(new Notification(NotificationKind.REPORTER_MESSAGE_RECEIVED, reportNumber,
						Recipient.staffGroup(group), Map.of()));
			}
			catch (NotificationNotDeliveredException ex) {
				log.warn("Reporter message notice for {} to {} not delivered; recorded as failed", reportNumber, group);
			}
		}
	}

}
