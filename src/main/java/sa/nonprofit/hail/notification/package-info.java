/** Messages to applicants, reporters and staff: one port, Arabic templates, a durable record of everything sent. */
package sa.nonprofit.hail.notification;
