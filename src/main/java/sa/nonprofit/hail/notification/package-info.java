/** Messages to applicants, reporters and staff: one port, Arabic templates, a durable record of everything sent. */
@ApplicationModule(allowedDependencies = { "system" })
package sa.nonprofit.hail.notification;

import org.springframework.modulith.ApplicationModule;
