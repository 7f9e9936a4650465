/** The whistleblowing procedure: receiving, routing, reviewing and investigating reports of violations, confidentially. */
package sa.nonprofit.hail.whistleblowing;
