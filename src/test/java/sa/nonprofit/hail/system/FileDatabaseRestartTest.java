package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sa.nonprofit.hail.support.ApplicationProcess;
import sa.nonprofit.hail.support.StartAndStop;

/**
 * The embedded default is an H2 file database: a fresh one gets Camunda's and our own tables whichever is created
 * first, and what was recorded before a restart is still there after it.
 */
class FileDatabaseRestartTest {

	@TempDir
	Path directory;

	@Test
	void aRequestSurvivesARestart() throws Exception {
		String url = "--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("association") + ";DB_CLOSE_ON_EXIT=FALSE";
		ApplicationProcess.Result first = ApplicationProcess.runMain(StartAndStop.class, Map.of(), url,
				"--spring.profiles.active=demo", "--start-request");
		assertThat(first.exitCode()).as(first.output()).isZero();
		assertThat(first.output()).contains("REQUESTS=1").contains("HOLIDAYS=10");

		ApplicationProcess.Result second = ApplicationProcess.runMain(StartAndStop.class, Map.of(), url,
				"--spring.profiles.active=demo");
		assertThat(second.exitCode()).as(second.output()).isZero();
		assertThat(second.output()).contains("REQUESTS=1").contains("HOLIDAYS=10");
		assertThat(Files.list(this.directory)).isNotEmpty();
	}

}
