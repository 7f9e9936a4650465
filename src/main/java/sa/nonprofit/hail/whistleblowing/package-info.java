/** The whistleblowing procedure: receiving, routing, reviewing and investigating reports of violations, confidentially. */
@ApplicationModule(allowedDependencies = { "calendar", "documents", "identity", "notification", "system" })
package sa.nonprofit.hail.whistleblowing;

import org.springframework.modulith.ApplicationModule;
