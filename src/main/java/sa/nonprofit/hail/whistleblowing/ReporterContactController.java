package sa.nonprofit.hail.whistleblowing;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/**
 * A reporter's contact details, for the report's auditors only (internal auditors, or the board chair when an auditor
 * is accused). Anyone else gets 404, the same answer as for a report that does not exist.
 */
@RestController
class ReporterContactController {

	private final ReporterContacts contacts;

	private final HistoryService history;

	ReporterContactController(ReporterContacts contacts, HistoryService history) {
		this.contacts = contacts;
		this.history = history;
	}

	record ContactRequest(String mobile, String email) {
	}

	@GetMapping("/api/reports/{reportNumber}/reporter-contact")
	ReporterContacts.Contact read(@PathVariable String reportNumber, Authentication caller) {
		requireAuditorOf(reportNumber, caller);
		return this.contacts.find(reportNumber).orElse(new ReporterContacts.Contact(null, null));
	}

	@PutMapping("/api/reports/{reportNumber}/reporter-contact")
	ReporterContacts.Contact write(@PathVariable String reportNumber, @RequestBody ContactRequest request,
			Authentication caller) {
		requireAuditorOf(reportNumber, caller);
		this.contacts.save(reportNumber, request.mobile(), request.email());
		return this.contacts.find(reportNumber).orElse(new ReporterContacts.Contact(null, null));
	}

	private void requireAuditorOf(String reportNumber, Authentication caller) {
		HistoricProcessInstance report = this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(WhistleblowerProcess.PROCESS_ID)
			.processInstanceBusinessKey(reportNumber)
			.singleResult();
		HistoricVariableInstance auditorGroup = report == null ? null
				: this.history.createHistoricVariableInstanceQuery()
					.processInstanceId(report.getId())
					.variableName(Variables.AUDITOR_GROUP)
					.singleResult();
		boolean allowed = auditorGroup != null && caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(auditorGroup.getValue()::equals);
		if (!allowed) {
			throw Refusal.notFound("البلاغ غير موجود", "No such report");
		}
	}

}
