/** The public website channel: the Arabic portal pages and the JSON API behind them, safe for anonymous reporters. */
@ApplicationModule(allowedDependencies = { "beneficiary", "calendar", "documents", "privacy", "system", "whistleblowing" })
package sa.nonprofit.hail.portal;

import org.springframework.modulith.ApplicationModule;
