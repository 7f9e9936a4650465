package sa.nonprofit.hail.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Creates the groups of DESIGN.md with their Arabic names, and keeps the names current. */
@Component
class GroupSetup {

	static final String GROUP_TYPE = "WORKFLOW";

	private final IdentityService identity;

	GroupSetup(IdentityService identity) {
		this.identity = identity;
	}

	void apply() {
		for (StaffGroup staffGroup : StaffGroup.values()) {
			Group group = this.identity.createGroupQuery().groupId(staffGroup.id()).singleResult();
			if (group == null) {
				group = this.identity.newGroup(staffGroup.id());
			}
			else if (staffGroup.arabicName().equals(group.getName())) {
				continue;
			}
			group.setName(staffGroup.arabicName());
			group.setType(staffGroup == StaffGroup.CAMUNDA_ADMIN ? "SYSTEM" : GROUP_TYPE);
			this.identity.saveGroup(group);
		}
	}

}
