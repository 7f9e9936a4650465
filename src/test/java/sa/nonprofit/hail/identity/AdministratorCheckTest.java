package sa.nonprofit.hail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import sa.nonprofit.hail.support.ApplicationTest;

/** The start-up warning about ADMIN_PASSWORD appears only when nobody can administer the application. */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class AdministratorCheckTest {

	@Autowired
	AdministratorCheck check;

	@Autowired
	IdentityService identity;

	@Test
	void theDemoAdministratorSilencesTheWarning(CapturedOutput output) {
		this.check.run(new DefaultApplicationArguments());
		assertThat(output.getAll()).doesNotContain("No administrator account exists");
	}

	@Test
	void withNoAdministratorTheWarningNamesTheSetting(CapturedOutput output) {
		String group = StaffGroup.CAMUNDA_ADMIN.id();
		List<User> administrators = this.identity.createUserQuery().memberOfGroup(group).list();
		administrators.forEach(user -> this.identity.deleteMembership(user.getId(), group));
		try {
			this.check.run(new DefaultApplicationArguments());
			assertThat(output.getAll()).contains("No administrator account exists: set ADMIN_PASSWORD");
		}
		finally {
			administrators.forEach(user -> this.identity.createMembership(user.getId(), group));
		}
	}

}
