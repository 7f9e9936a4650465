package sa.nonprofit.hail.system;

import java.util.Arrays;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Our migrations add indexes to Camunda's history tables (for the KPIs), so they run after the engine has created its
 * schema: Flyway's initializer waits for the process engine.
 */
@Component
class FlywayAfterCamunda implements BeanFactoryPostProcessor {

	static final String FLYWAY = "flywayInitializer";

	static final String ENGINE = "processEngineFactoryBean";

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.containsBeanDefinition(FLYWAY) && beanFactory.containsBeanDefinition(ENGINE)) {
			BeanDefinition flyway = beanFactory.getBeanDefinition(FLYWAY);
			String[] dependsOn = flyway.getDependsOn() == null ? new String[0] : flyway.getDependsOn();
			String[] more = Arrays.copyOf(dependsOn, dependsOn.length + 1);
			more[dependsOn.length] = ENGINE;
			flyway.setDependsOn(more);
		}
	}

}
