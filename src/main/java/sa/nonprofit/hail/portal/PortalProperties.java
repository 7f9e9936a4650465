package sa.nonprofit.hail.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the public portal (see application.yaml, app.portal), and where its privacy notice lives:
 * {@code privacy-notice-url} (APP_PORTAL_PRIVACY_NOTICE_URL) stays empty until the notice exists, and the home page
 * shows no link to a page that is not there.
 */
@ConfigurationProperties("app.portal")
record PortalProperties(int submissionsPerMinute, int checksPerMinute, int maxFailedChecks,
		int maxFailedChecksPerClient, Duration lockTime, String privacyNoticeUrl) {

	/** The privacy notice's address, or null while there is none. */
	@Override
	public String privacyNoticeUrl() {
		return this.privacyNoticeUrl == null || this.privacyNoticeUrl.isBlank() ? null : this.privacyNoticeUrl;
	}

}
