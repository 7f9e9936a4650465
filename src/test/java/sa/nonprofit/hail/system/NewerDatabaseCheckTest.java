package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Models a later release deployed are recognised by their version tags, before the engine starts. */
class NewerDatabaseCheckTest {

	private final JdbcTemplate jdbc = new JdbcTemplate(
			new DriverManagerDataSource("jdbc:h2:mem:check-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));

	@Test
	void aNewDatabaseHoldsNoNewerModels() {
		assertThat(NewerDatabaseCheck.newerModels(this.jdbc)).isEmpty();
	}

	@Test
	void aProcessDeployedWithAHigherVersionTagIsNamed() {
		engineTable();
		deployed("DataSubjectRequestProcess", 1, "1.1.0");
		deployed("DataSubjectRequestProcess", 2, "1.10.0");
		deployed("BeneficiaryRequestProcess", 1, "1.2.0");

		assertThat(NewerDatabaseCheck.newerModels(this.jdbc))
			.containsExactly("DataSubjectRequestProcess 1.10.0, this release has 1.1.0");
	}

	@Test
	void olderOrEqualDeployedModelsAreThisReleasesToUpgrade() {
		engineTable();
		deployed("DataSubjectRequestProcess", 1, "1.0.0");
		deployed("BeneficiaryRequestProcess", 1, "1.2.0");
		deployed("WhistleblowerReportProcess", 1, null);

		assertThat(NewerDatabaseCheck.newerModels(this.jdbc)).isEmpty();
	}

	/** The streaming read finds every process this release deploys, with the tag its model carries. */
	@Test
	void thisReleasesVersionTagsAreReadFromItsModels() {
		assertThat(NewerDatabaseCheck.versionTags()).containsOnlyKeys("BeneficiaryRequestProcess",
				"WhistleblowerReportProcess", "DataSubjectRequestProcess", "DataBreachProcess")
			.allSatisfy((process, tag) -> assertThat(tag).matches("\\d+\\.\\d+\\.\\d+"));
	}

	@Test
	void versionTagsCompareNumberByNumber() {
		assertThat(NewerDatabaseCheck.compare("1.10.0", "1.9.2")).isPositive();
		assertThat(NewerDatabaseCheck.compare("1.2", "1.2.0")).isZero();
		assertThat(NewerDatabaseCheck.compare("1.1.0", "2.0.0")).isNegative();
	}

	private void engineTable() {
		this.jdbc.execute("CREATE TABLE ACT_RE_PROCDEF (KEY_ VARCHAR(255), VERSION_ INT, VERSION_TAG_ VARCHAR(64),"
				+ " TENANT_ID_ VARCHAR(64))");
	}

	private void deployed(String key, int version, String tag) {
		this.jdbc.update("INSERT INTO ACT_RE_PROCDEF (KEY_, VERSION_, VERSION_TAG_, TENANT_ID_) VALUES (?, ?, ?, NULL)",
				key, version, tag);
	}

}
