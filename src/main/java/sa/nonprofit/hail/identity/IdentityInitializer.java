package sa.nonprofit.hail.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.StartupSeed;

/**
 * At every start: groups, authorizations, Tasklist filters and the configured administrator, idempotently, one node at
 * a time (a {@link StartupSeed}).
 */
@Component
@Order(0)
class IdentityInitializer implements StartupSeed {

	private static final Logger log = LoggerFactory.getLogger(IdentityInitializer.class);

	private final GroupSetup groups;

	private final AuthorizationSetup authorizations;

	private final TasklistFilterSetup filters;

	private final StaffAccounts accounts;

	private final AdminProperties admin;

	IdentityInitializer(GroupSetup groups, AuthorizationSetup authorizations, TasklistFilterSetup filters,
			StaffAccounts accounts, AdminProperties admin) {
		this.groups = groups;
		this.authorizations = authorizations;
		this.filters = filters;
		this.accounts = accounts;
		this.admin = admin;
	}

	@Override
	public void seed() {
		this.groups.apply();
		this.authorizations.apply();
		this.filters.apply();
		if (this.admin.hasPassword()
				&& this.accounts.ensure(this.admin.id(), "مدير", "النظام", this.admin.password(), StaffGroup.CAMUNDA_ADMIN)) {
			log.info("Created administrator account '{}'", this.admin.id());
		}
	}

}
