package sa.nonprofit.hail.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The association's identity as it appears on every page, form and message. */
@ConfigurationProperties("app.organization")
public record OrganizationProperties(String name, String nameEn, String licenceNumber, String logoUrl) {
}
