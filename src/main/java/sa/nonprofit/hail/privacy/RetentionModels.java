package sa.nonprofit.hail.privacy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.system.StartupSeed;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * Keeps each process's history time to live equal to its longest configured retention period. The models carry the
 * default figures (RetentionModelsTest keeps them equal); when an operator changes a period by environment, every
 * deployed version of the process is set to it at start-up, so the engine's own cleanup never removes a case
 * earlier than the configuration promises. One node at a time (a {@link StartupSeed}): two updating the same
 * definition together would fail one start on the engine's optimistic lock. Shorter periods of the same process (rejected, incomplete) are the
 * retention purge's work.
 */
@Component
class RetentionModels implements StartupSeed {

	private static final Logger log = LoggerFactory.getLogger(RetentionModels.class);

	private final RetentionProperties retention;

	private final RepositoryService repository;

	RetentionModels(RetentionProperties retention, RepositoryService repository) {
		this.retention = retention;
		this.repository = repository;
	}

	/** Days of history per process: its longest retention period. */
	static Map<String, Integer> daysByProcess(RetentionProperties retention) {
		Map<String, Integer> days = new LinkedHashMap<>();
		days.put(BeneficiaryProcess.PROCESS_ID, (int) Stream
			.of(retention.closedRequests(), retention.rejectedRequests(), retention.incompleteRequests())
			.mapToLong(Duration::toDays)
			.max()
			.orElseThrow());
		days.put(WhistleblowerProcess.PROCESS_ID, (int) retention.reports().toDays());
		days.put(SubjectVariables.DATA_REQUEST_PROCESS, (int) retention.dataRequests().toDays());
		days.put(DataBreachProcess.PROCESS_ID, (int) retention.breaches().toDays());
		return days;
	}

	@Override
	public void seed() {
		daysByProcess(this.retention).forEach((process, days) -> {
			for (ProcessDefinition definition : this.repository.createProcessDefinitionQuery()
				.processDefinitionKey(process)
				.list()) {
				if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
					this.repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
					log.info("{} version {}: history kept {} days, as app.privacy.retention says", process,
							definition.getVersion(), days);
				}
			}
		});
	}

}
