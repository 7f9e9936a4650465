/** The Saudi working calendar: working days, the holiday table, deadlines for BPMN, and Hijri (Umm al-Qura) dates. */
@ApplicationModule(allowedDependencies = { "system" })
package sa.nonprofit.hail.calendar;

import org.springframework.modulith.ApplicationModule;
