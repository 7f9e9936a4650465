/**
 * Cross-cutting application set-up: organisation identity, start-up diagnostics, personal data sealed at rest, open
 * cases moved to a new process version at an upgrade.
 */
@ApplicationModule(allowedDependencies = {})
package sa.nonprofit.hail.system;

import org.springframework.modulith.ApplicationModule;
