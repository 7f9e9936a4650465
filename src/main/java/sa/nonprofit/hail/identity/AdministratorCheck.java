package sa.nonprofit.hail.identity;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After every account is in place (the environment's administrator, the demo users), warns when nobody can administer
 * the application: only then is ADMIN_PASSWORD missing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AdministratorCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorCheck.class);

	private final IdentityService identity;

	AdministratorCheck(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!administratorExists()) {
			log.warn("No administrator account exists: set ADMIN_PASSWORD (and ADMIN_USER) to create one at start-up");
		}
	}

	boolean administratorExists() {
		return this.identity.createUserQuery().memberOfGroup(StaffGroup.CAMUNDA_ADMIN.id()).count() > 0;
	}

}
