/** Cross-cutting application set-up: organisation identity, start-up diagnostics. */
package sa.nonprofit.hail.system;
