/** The support-request procedure of policy sections 5 to 7: from receiving the applicant to delivering the service. */
@ApplicationModule(allowedDependencies = { "calendar", "documents", "identity", "notification", "system" })
package sa.nonprofit.hail.beneficiary;

import org.springframework.modulith.ApplicationModule;
