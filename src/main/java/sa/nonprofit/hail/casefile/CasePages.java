package sa.nonprofit.hail.casefile;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import sa.nonprofit.hail.casefile.CaseAccessLog.Action;
import sa.nonprofit.hail.system.PageController;
import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/**
 * The case page and a report's ratification sheet, printable, for whoever may read the instance (the security
 * configuration sends strangers to the webapps' sign-in); anyone else gets the same 404 as for no such case.
 */
@PageController
class CasePages {

	/** What the board's minutes need of a report: never the reporter, who is not in the case data at all. */
	record Ratification(String number, String category, String accusedRole, String receivedAr, String description,
			String findings, String recommendation, String decision, String decisionAr, String comments,
			String decidedBy, String decidedAtAr) {

		public boolean decided() {
			return this.decision != null;
		}

	}

	private final CaseAccess access;

	private final CaseFiles files;

	private final CaseAccessLog log;

	private final HistoryService history;

	CasePages(CaseAccess access, CaseFiles files, CaseAccessLog log, HistoryService history) {
		this.access = access;
		this.files = files;
		this.log = log;
		this.history = history;
	}

	@GetMapping("/cases/{number}")
	String casePage(@PathVariable String number, Authentication caller, Model model) {
		Reader reader = Reader.of(caller);
		HistoricProcessInstance instance = open(number, reader);
		this.log.record(number, reader.userId(), Action.PAGE, null);
		model.addAttribute("caseFile", this.files.of(instance, reader));
		model.addAttribute("ratification", WhistleblowerProcess.PROCESS_ID.equals(instance.getProcessDefinitionKey()));
		return "cases/case";
	}

	@GetMapping("/cases/{number}/ratification")
	String ratification(@PathVariable String number, Authentication caller, Model model) {
		Reader reader = Reader.of(caller);
		HistoricProcessInstance instance = open(number, reader);
		if (!WhistleblowerProcess.PROCESS_ID.equals(instance.getProcessDefinitionKey())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.log.record(number, reader.userId(), Action.RATIFICATION, null);
		Map<String, Object> variables = this.files.variables(instance, reader);
		HistoricTaskInstance chair = this.access.asApplication(() -> this.history.createHistoricTaskInstanceQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(Elements.CHAIR_APPROVAL)
			.finished()
			.orderByHistoricTaskInstanceEndTime()
			.desc()
			.list()
			.stream()
			.findFirst()
			.orElse(null));
		String decision = chair == null ? null : text(variables, Variables.CHAIR_DECISION);
		Instant decidedAt = chair == null ? null : chair.getEndTime().toInstant();
		model.addAttribute("sheet", new Ratification(number,
				CaseLabels.value(Variables.CATEGORY, text(variables, Variables.CATEGORY)),
				CaseLabels.value(Variables.ACCUSED_ROLE, text(variables, Variables.ACCUSED_ROLE)),
				this.files.display(instance.getStartTime().toInstant()), text(variables, Variables.DESCRIPTION),
				text(variables, Variables.COMMITTEE_FINDINGS), text(variables, Variables.COMMITTEE_RECOMMENDATION),
				decision, decisionAr(decision), chair == null ? null : text(variables, Variables.CHAIR_COMMENTS),
				chair == null ? null : this.files.fullName(chair.getAssignee(), new java.util.HashMap<>()),
				this.files.display(decidedAt)));
		model.addAttribute("chairTask", this.files.activityName(instance, Elements.CHAIR_APPROVAL));
		return "cases/ratification";
	}

	private HistoricProcessInstance open(String number, Reader reader) {
		try {
			return this.access.open(number, reader);
		}
		catch (Refusal hidden) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static String text(Map<String, Object> variables, String name) {
		Object value = variables.get(name);
		return value == null ? null : String.valueOf(value);
	}

	private static String decisionAr(String decision) {
		if (decision == null) {
			return null;
		}
		return switch (decision) {
			case "APPROVED" -> "اعتماد توصية اللجنة";
			case "RETURNED" -> "إعادة إلى اللجنة";
			default -> decision;
		};
	}

}
