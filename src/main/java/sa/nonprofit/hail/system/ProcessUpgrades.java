package sa.nonprofit.hail.system;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Moves the open cases of the processes named in {@code app.upgrades.migrate-to-latest} from older versions to the
 * version this release deployed, at start-up, with Camunda's migration API (each element to the element of the same
 * id: tasks keep their assignee and due date, timers their due date). A release names a process there when its new
 * version does what old cases need too (DataSubjectRequestProcess 1.1.0 keeps the export of a request fulfilled after
 * the upgrade). Each case moves in a transaction of its own: a case another node moved first, or one the engine will not
 * move, stays where it is, is logged, and finishes on its own version. Nothing here ever goes back to an older version.
 */
@Component
class ProcessUpgrades implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProcessUpgrades.class);

	private final UpgradeProperties settings;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	ProcessUpgrades(UpgradeProperties settings, RepositoryService repository, RuntimeService runtime) {
		this.settings = settings;
		this.repository = repository;
		this.runtime = runtime;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.settings.migrateToLatest().forEach(this::migrate);
	}

	/** Moves every open case of {@code processKey} on an older version to the latest; returns how many moved. */
	int migrate(String processKey) {
		ProcessDefinition latest = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.withoutTenantId()
			.latestVersion()
			.singleResult();
		if (latest == null) {
			log.warn("app.upgrades.migrate-to-latest names {}, which is not deployed", processKey);
			return 0;
		}
		int moved = 0;
		for (ProcessDefinition older : this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.withoutTenantId()
			.list()) {
			if (older.getVersion() < latest.getVersion()) {
				moved += migrate(older, latest);
			}
		}
		return moved;
	}

	private int migrate(ProcessDefinition older, ProcessDefinition latest) {
		List<String> open = this.runtime.createProcessInstanceQuery()
			.processDefinitionId(older.getId())
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
		if (open.isEmpty()) {
			return 0;
		}
		MigrationPlan plan;
		try {
			plan = this.runtime.createMigrationPlan(older.getId(), latest.getId()).mapEqualActivities().build();
		}
		catch (ProcessEngineException ex) {
			log.warn("{} version {} cannot move to version {}; its {} open cases finish on it: {}", older.getKey(),
					older.getVersion(), latest.getVersion(), open.size(), ex.getMessage());
			return 0;
		}
		int moved = 0;
		for (String instance : open) {
			try {
				this.runtime.newMigration(plan).processInstanceIds(instance).execute();
				moved++;
			}
			catch (ProcessEngineException ex) {
				log.warn("Case {} of {} stays on version {}: {}", instance, older.getKey(), older.getVersion(),
						ex.getMessage());
			}
		}
		log.info("{}: {} of {} open cases moved from version {} ({}) to version {} ({})", older.getKey(), moved,
				open.size(), older.getVersion(), older.getVersionTag(), latest.getVersion(), latest.getVersionTag());
		return moved;
	}

}
