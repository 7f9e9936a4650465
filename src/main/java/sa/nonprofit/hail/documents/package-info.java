/**
 * The documents of a case: files the applicant or reporter sent through the portal and files staff added, checked by
 * their content, kept in the database beside the case, read only through the case's own access rules.
 */
@ApplicationModule(allowedDependencies = { "system" })
package sa.nonprofit.hail.documents;

import org.springframework.modulith.ApplicationModule;
