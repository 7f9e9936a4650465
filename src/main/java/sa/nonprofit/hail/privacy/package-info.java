/**
 * Personal data under the Saudi PDPL: people's requests about their data (access, copy, correction, destruction) as
 * the DataSubjectRequestProcess, what the association holds about a person, erasure, legal holds and retention.
 */
@ApplicationModule(allowedDependencies = { "beneficiary", "calendar", "documents", "identity", "notification",
		"system", "whistleblowing" })
package sa.nonprofit.hail.privacy;

import org.springframework.modulith.ApplicationModule;
