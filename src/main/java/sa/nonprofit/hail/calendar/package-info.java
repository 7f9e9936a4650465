/** The Saudi working calendar: working days, the holiday table, deadlines for BPMN, and Hijri (Umm al-Qura) dates. */
package sa.nonprofit.hail.calendar;
