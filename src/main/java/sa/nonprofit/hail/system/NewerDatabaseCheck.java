package sa.nonprofit.hail.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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
		Map<String, String> deployed = new HashMap<>();
		try {
			// The latest version of each process: its tag (null when it has none).
			jdbc.query("""
					SELECT D.KEY_, D.VERSION_TAG_ FROM ACT_RE_PROCDEF D WHERE D.TENANT_ID_ IS NULL AND D.VERSION_ =
					  (SELECT MAX(L.VERSION_) FROM ACT_RE_PROCDEF L WHERE L.KEY_ = D.KEY_ AND L.TENANT_ID_ IS NULL)""",
					row -> {
						deployed.put(row.getString(1), row.getString(2));
					});
		}
		catch (DataAccessException ex) {
			return List.of(); // a new database: the engine has no tables yet
		}
		List<String> newer = new ArrayList<>();
		if (deployed.values().stream().allMatch(tag -> tag == null)) {
			return newer;
		}
		for (Map.Entry<String, String> model : versionTags().entrySet()) {
			String theirs = deployed.get(model.getKey());
			if (theirs != null && compare(theirs, model.getValue()) > 0) {
				newer.add(model.getKey() + " " + theirs + ", this release has " + model.getValue());
			}
		}
		return newer;
	}

	/**
	 * Each process of this release's models with its version tag, read from the process elements alone (a streaming
	 * read: the BPMN model API would build its whole schema first, most of a second at every start).
	 */
	static Map<String, String> versionTags() {
		Map<String, String> tags = new HashMap<>();
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(MODELS)) {
				try (InputStream in = resource.getInputStream()) {
					XMLStreamReader reader = factory.createXMLStreamReader(in);
					while (reader.hasNext()) {
						if (reader.next() == XMLStreamConstants.START_ELEMENT && BPMN.equals(reader.getNamespaceURI())
								&& "process".equals(reader.getLocalName())) {
							String tag = reader.getAttributeValue(CAMUNDA, "versionTag");
							if (tag != null) {
								tags.put(reader.getAttributeValue(null, "id"), tag);
							}
						}
					}
					reader.close();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("A process model of this release cannot be read", ex);
		}
		return tags;
	}

	private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

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
