/** Service quality and governance figures from the engine's history: deadlines, channels, satisfaction, load. */
@ApplicationModule(allowedDependencies = { "beneficiary", "calendar", "identity", "system", "whistleblowing" })
package sa.nonprofit.hail.kpi;

import org.springframework.modulith.ApplicationModule;
