package sa.nonprofit.hail.system;

import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * A node of an older release refuses to start on a database a later release has upgraded (the database holds applied
 * migrations this release does not know), before its process engine starts: the engine would deploy this release's
 * older models as the latest versions, so that new cases opened anywhere ran on them, and this release's code would
 * misread data the later one changed. During an upgrade one node at a time, an old node that restarts stays down.
 */
@Component
class NewerDatabaseCheck {

	static final String BEAN = "newerDatabaseCheck";

	NewerDatabaseCheck(Flyway flyway) {
		List<String> unknown = Arrays.stream(flyway.info().all())
			.filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
					|| migration.getState() == MigrationState.FUTURE_FAILED)
			.map(NewerDatabaseCheck::name)
			.toList();
		if (!unknown.isEmpty()) {
			throw new UnsafeConfigurationException("A later release of this application has upgraded the database"
					+ " (migrations this release does not know: " + String.join(", ", unknown) + ")",
					"Start the later release on this database. A node of an older release must not run beside it: stop"
							+ " every old node during the upgrade and do not start one again (see \"Upgrades\" in the README).");
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
