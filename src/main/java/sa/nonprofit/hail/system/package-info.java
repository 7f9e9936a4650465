/** Cross-cutting application set-up: organisation identity, start-up diagnostics, personal data sealed at rest. */
@ApplicationModule(allowedDependencies = {})
package sa.nonprofit.hail.system;

import org.springframework.modulith.ApplicationModule;
