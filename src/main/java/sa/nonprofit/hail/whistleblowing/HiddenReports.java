package sa.nonprofit.hail.whistleblowing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.identity.HiddenCases;

/**
 * The references (report numbers, instance ids, task ids) of the reports a staff member may not read, so that a
 * record naming one of them (e.g. the superuser's log) can be kept from that reader: the accused must not learn from
 * an audit trail that a report about them exists. Decided by the engine's own per-report authorizations.
 */
@Service
class HiddenReports implements HiddenCases {

	private final HistoryService history;

	private final IdentityService identity;

	HiddenReports(HistoryService history, IdentityService identity) {
		this.history = history;
		this.identity = identity;
	}

	@Override
	public Set<String> referencesHiddenFrom(String userId, List<String> groups) {
		Set<String> readable = new HashSet<>();
		Authentication before = this.identity.getCurrentAuthentication();
		try {
			this.identity.setAuthentication(userId, groups);
			reports().forEach(report -> readable.add(report.getId()));
		}
		finally {
			restore(before);
		}
		Set<String> hidden = new HashSet<>();
		this.identity.clearAuthentication();
		try {
			for (HistoricProcessInstance report : reports()) {
				if (readable.contains(report.getId())) {
					continue;
				}
				hidden.add(report.getId());
				if (report.getBusinessKey() != null) {
					hidden.add(report.getBusinessKey());
				}
				for (HistoricTaskInstance task : this.history.createHistoricTaskInstanceQuery()
					.processInstanceId(report.getId())
					.list()) {
					hidden.add(task.getId());
				}
			}
		}
		finally {
			restore(before);
		}
		return hidden;
	}

	private void restore(Authentication before) {
		if (before == null) {
			this.identity.clearAuthentication();
		}
		else {
			this.identity.setAuthentication(before);
		}
	}

	private List<HistoricProcessInstance> reports() {
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(WhistleblowerProcess.PROCESS_ID)
			.list();
	}

}
