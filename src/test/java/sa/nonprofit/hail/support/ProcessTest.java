package sa.nonprofit.hail.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process test, {@code <ProcessId>Test}: the real application (no job executor: tests run jobs and move the engine
 * clock) with process test coverage; every flow node and sequence flow of the process must be taken. Its engine has a
 * name of its own, so that the REST API of {@link ApplicationTest}'s context, which finds its engine by the name
 * "default", never runs on this one. Process tests call the Java API only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "camunda.bpm.process-engine-name=processTests")
@ActiveProfiles({ "test", "demo" })
@Import({ ProcessTest.FullCoverage.class, ProcessEngineCoverageConfiguration.class, TestClock.Configuration.class })
public @interface ProcessTest {

	/** Coverage below 100 % fails the test class. */
	@TestConfiguration
	class FullCoverage {

		@Bean
		ProcessEngineCoverageProperties processEngineCoverageProperties() {
			return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
		}

	}

}
