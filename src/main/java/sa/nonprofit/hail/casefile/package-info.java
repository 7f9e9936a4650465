/**
 * The case file: everything staff may see of one support request or report on one page and in one JSON document,
 * decided by the engine's own authorizations on the instance; documents, the reporter thread, and a log of who
 * opened what.
 */
@ApplicationModule(allowedDependencies = { "beneficiary", "calendar", "documents", "identity", "notification",
		"system", "whistleblowing" })
package sa.nonprofit.hail.casefile;

import org.springframework.modulith.ApplicationModule;
