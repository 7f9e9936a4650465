package sa.nonprofit.hail.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** The Camunda groups a staff member belongs to, read afresh on each sign-in and each request. */
final class StaffGroups {

	private StaffGroups() {
	}

	static List<String> of(IdentityService identity, String userId) {
		return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

}
