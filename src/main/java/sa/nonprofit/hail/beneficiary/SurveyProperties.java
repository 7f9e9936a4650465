package sa.nonprofit.hail.beneficiary;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where applicants answer the satisfaction survey: the portal's public address ({@code app.surveys.base-url}). */
@ConfigurationProperties("app.surveys")
record SurveyProperties(String baseUrl) {

	String surveyLink(String token) {
		return this.baseUrl.replaceAll("/+$", "") + "/survey.html?token=" + token;
	}

}
