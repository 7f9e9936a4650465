/** Staff groups, users, Camunda authorizations, Tasklist filters and the HTTP security of every endpoint. */
@ApplicationModule(allowedDependencies = { "system" })
package sa.nonprofit.hail.identity;

import org.springframework.modulith.ApplicationModule;
