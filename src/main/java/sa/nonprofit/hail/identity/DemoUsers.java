package sa.nonprofit.hail.identity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.StartupSeed;

/** The demo profile's users of DESIGN.md, one per group, all with the password "demo". Never for production. */
@Component
@Profile("demo")
@Order(1)
class DemoUsers implements StartupSeed {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	record DemoUser(String id, String firstName, String lastName, StaffGroup group) {
	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("relations1", "سارة", "الشمري", StaffGroup.BENEFICIARY_RELATIONS),
			new DemoUser("researcher1", "نورة", "العنزي", StaffGroup.SOCIAL_RESEARCHERS),
			new DemoUser("committee1", "خالد", "الرشيدي", StaffGroup.RESEARCH_COMMITTEE),
			new DemoUser("auditor1", "فهد", "التميمي", StaffGroup.INTERNAL_AUDITORS),
			new DemoUser("violations1", "منيرة", "السبيعي", StaffGroup.VIOLATIONS_COMMITTEE),
			new DemoUser("chair1", "سعود", "الشمري", StaffGroup.BOARD_CHAIR),
			new DemoUser("vicechair1", "عبدالله", "المطيري", StaffGroup.BOARD_VICE_CHAIR),
			new DemoUser("director1", "ريم", "الحربي", StaffGroup.EXECUTIVE_DIRECTOR),
			new DemoUser("dpo1", "هند", "الشمري", StaffGroup.DATA_PROTECTION_OFFICER),
			new DemoUser("admin", "مدير", "النظام", StaffGroup.CAMUNDA_ADMIN),
			new DemoUser("ops1", "ماجد", "العتيبي", StaffGroup.SYSTEM_OPERATORS));

	private final StaffAccounts accounts;

	DemoUsers(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void seed() {
		for (DemoUser user : USERS) {
			this.accounts.ensure(user.id(), user.firstName(), user.lastName(), PASSWORD, user.group());
		}
		log.warn("""

				**********************************************************************
				*  DEMO PROFILE ACTIVE: demo users exist with the password "demo".   *
				*  Never expose this instance; production runs with profile 'prod'.  *
				**********************************************************************""");
	}

}
