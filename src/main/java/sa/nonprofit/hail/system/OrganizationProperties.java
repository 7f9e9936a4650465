package sa.nonprofit.hail.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The association's identity as it appears on every page, form and message, with its public contact details. */
@ConfigurationProperties("app.organization")
public record OrganizationProperties(String name, String nameEn, String licenceNumber, String logoUrl, String email,
		String phone) {

	/** The English name, or the Arabic one where no English name is configured: a page never shows an empty name. */
	public String englishName() {
		return this.nameEn == null || this.nameEn.isBlank() ? this.name : this.nameEn;
	}

}
