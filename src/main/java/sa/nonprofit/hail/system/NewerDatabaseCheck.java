package sa.nonprofit.hail.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A node of an older release refuses to start on a database a later release has upgraded (the database holds applied
 * migrations this release does not know, or a process deployed with a higher version tag than this release's model of
 * it), before its process engine starts: the engine would deploy this release's older models as the latest versions,
 * so that new cases opened anywhere ran on them, and this release's code would misread data the later one changed.
 * During an upgrade one node at a time, an old node that restarts stays down.
 */
@Component
class NewerDatabaseCheck {

	static final String BEAN = "newerDatabaseCheck";

	/** The models this release deploys (camunda.bpm.deployment-resource-pattern). */
	private static final String MODELS = "classpath*:processes/**/*.bpmn";

	private static final String ACTION = "Start the later release on this database. A node of an older release must"
			+ " not run beside it: stop every old node during the upgrade and do not start one again (see \"Upgrades\""
			+ " in the README).";

	NewerDatabaseCheck(Flyway flyway, DataSource dataSource) {
		List<String> unknown = Arrays.stream(flyway.info().all())
			.filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
					|| migration.getState() == MigrationState.FUTURE_FAILED)
			.map(NewerDatabaseCheck::name)
			.toList();
		if (!unknown.isEmpty()) {
			throw new UnsafeConfigurationException("A later release of this application has upgraded the database"
					+ " (migrations this release does not know: " + String.join(", ", unknown) + ")",
					ACTION);
		}
		List<String> newer = newerModels(new JdbcTemplate(dataSource));
		if (!newer.isEmpty()) {
			throw new UnsafeConfigurationException("A later release of this application has deployed newer models ("
					+ String.join(", ", newer) + ")", ACTION);
		}
	}

	/** Each process whose latest deployed version tag is higher than this release's model of it. */
	static List<String> newerModels(JdbcTemplate jdbc) {
		List<String> newer = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(MODELS)) {
				try (InputStream in = resource.getInputStream()) {
					for (Process process : Bpmn.readModelFromStream(in).getModelElementsByType(Process.class)) {
						String ours = process.getCamundaVersionTag();
						List<String> deployed = jdbc.queryForList("""
								SELECT VERSION_TAG_ FROM ACT_RE_PROCDEF WHERE KEY_ = ? AND TENANT_ID_ IS NULL
								ORDER BY VERSION_ DESC""", String.class, process.getId());
						String theirs = deployed.isEmpty() ? null : deployed.get(0);
						if (ours != null && theirs != null && compare(theirs, ours) > 0) {
							newer.add(process.getId() + " " + theirs + ", this release has " + ours);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (DataAccessException ex) {
			return List.of(); // a new database: the engine has no tables yet
		}
		return newer;
	}

	/** Compares dotted version tags (1.10.0 after 1.9.2) number by number; a part that is not a number counts as 0. */
	static int compare(String left, String right) {
		String[] a = left.split("\\.");
		String[] b = right.split("\\.");
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			int difference = Integer.compare(number(a, i), number(b, i));
			if (difference != 0) {
				return difference;
			}
		}
		return 0;
	}

	private static int number(String[] parts, int index) {
		try {
			return index < parts.length ? Integer.parseInt(parts[index].strip()) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String name(MigrationInfo migration) {
		return "V" + migration.getVersion() + " " + migration.getDescription();
	}

	/** Makes the process engine, which deploys the models, wait for the check. */
	@Component
	static class BeforeTheEngine implements BeanFactoryPostProcessor {

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			if (beanFactory.containsBeanDefinition(FlywayAfterCamunda.ENGINE) && beanFactory.containsBeanDefinition(BEAN)) {
				BeanDefinition engine = beanFactory.getBeanDefinition(FlywayAfterCamunda.ENGINE);
				String[] dependsOn = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
				String[] more = Arrays.copyOf(dependsOn, dependsOn.length + 1);
				more[dependsOn.length] = BEAN;
				engine.setDependsOn(more);
			}
		}

	}

}
