package sa.nonprofit.hail.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A process test: the real application (H2, no job executor: tests run jobs and move the engine clock) with process
 * test coverage. Every flow node and sequence flow of the processes a test class drives must be taken, or it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Import({ ProcessTest.FullCoverage.class, ProcessEngineCoverageConfiguration.class })
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
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
