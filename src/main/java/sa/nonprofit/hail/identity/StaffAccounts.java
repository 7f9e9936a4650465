package sa.nonprofit.hail.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Creates a staff account once; an existing account (and the password its owner chose) is left alone. */
@Component
class StaffAccounts {

	private final IdentityService identity;

	StaffAccounts(IdentityService identity) {
		this.identity = identity;
	}

	/** @return true when the account was created now */
	boolean ensure(String userId, String firstName, String lastName, String password, StaffGroup group) {
		boolean created = false;
		if (this.identity.createUserQuery().userId(userId).singleResult() == null) {
			User user = this.identity.newUser(userId);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setPassword(password);
			this.identity.saveUser(user);
			created = true;
		}
		if (this.identity.createUserQuery().userId(userId).memberOfGroup(group.id()).count() == 0) {
			this.identity.createMembership(userId, group.id());
		}
		return created;
	}

}
