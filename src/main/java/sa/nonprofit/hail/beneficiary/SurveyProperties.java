package sa.nonprofit.hail.beneficiary;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where applicants answer the satisfaction survey: the portal's public address. */
@ConfigurationProperties("app.portal")
record SurveyProperties(String baseUrl) {

	String surveyLink(String token) {
		return this.baseUrl.replaceAll("/+$", "") + "/survey.html?token=" + token;
	}

}
