package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.nonprofit.hail.support.ApplicationProcess;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.whistleblowing.ReporterContacts;

/**
 * What an upgrade one node at a time needs, shown on the database: a node of an older release never starts on a
 * database a later release upgraded (it would deploy its older models as the latest), and the release before this one
 * cannot run beside it at all, because this release seals personal data the old one reads in plain text. (That the new
 * code executes the old release's models is {@link UpgradeWithCasesInFlightTest}.)
 */
@ApplicationTest
class RollingUpgradeTest {

	/** How release 1bc91da reads and writes a reporter's contact (whistleblowing/ReporterContacts of that commit). */
	private static final String OLD_NODE_READS = "SELECT mobile, email FROM app_reporter_contact WHERE report_number = ?";

	private static final String OLD_NODE_WRITES = "INSERT INTO app_reporter_contact (report_number, mobile, email) VALUES (?, ?, ?)";

	@Autowired
	ReporterContacts contacts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOlderNodeRefusesADatabaseALaterReleaseUpgradedBeforeDeployingItsModels() throws Exception {
		Path folder = Files.createDirectories(Path.of("target", "rolling-upgrade", UUID.randomUUID().toString()));
		String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("association");
		Path later = Files.createDirectories(folder.resolve("later-release"));
		Files.writeString(later.resolve("V999__a_later_release.sql"), "CREATE TABLE app_later_release (id INT);");
		// The later release has run its migrations on this database (only its own one here, for brevity).
		Flyway.configure()
			.dataSource(url, "sa", "")
			.table("app_schema_history")
			.locations("filesystem:" + later.toAbsolutePath())
			.load()
			.migrate();

		ApplicationProcess.Result result = ApplicationProcess.run(Map.of(), "--spring.profiles.active=demo",
				"--spring.datasource.url=" + url);

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("Refusing to start: A later release of this application has upgraded the"
				+ " database (migrations this release does not know: V999 a later release)")
			.contains("A node of an older release must not run beside it");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet deployments = connection.getMetaData().getTables(null, null, "ACT_RE_DEPLOYMENT", null)) {
			assertThat(deployments.next()).as("the engine never started, so it deployed nothing").isFalse();
		}
	}

	@Test
	void theReleaseBeforeThisOneCannotRunBesideIt() {
		// What this release writes, the old node reads as sealed text: it would send the reporter's SMS nowhere.
		this.contacts.save("WB-2026-UPGRADE1", "0551234567", "reporter@example.org");
		Map<String, Object> asTheOldNodeReadsIt = this.jdbc.queryForMap(OLD_NODE_READS, "WB-2026-UPGRADE1");
		assertThat(String.valueOf(asTheOldNodeReadsIt.get("MOBILE"))).doesNotContain("551234567");
		assertThat(String.valueOf(asTheOldNodeReadsIt.get("EMAIL"))).doesNotContain("reporter@example.org");
		assertThat(this.contacts.find("WB-2026-UPGRADE1")).get()
			.extracting(ReporterContacts.Contact::email)
			.isEqualTo("reporter@example.org");

		// What the old node writes (plain, no key), this release refuses as planted: the reporter could not be told.
		this.jdbc.update(OLD_NODE_WRITES, "WB-2026-UPGRADE2", "+966551234567", "other@example.org");
		assertThatThrownBy(() -> this.contacts.find("WB-2026-UPGRADE2")).isInstanceOf(UnreadableSealException.class);
		this.jdbc.update("DELETE FROM app_reporter_contact WHERE report_number LIKE 'WB-2026-UPGRADE%'");
	}

}
