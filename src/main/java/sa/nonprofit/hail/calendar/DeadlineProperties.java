package sa.nonprofit.hail.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Every deadline of DESIGN.md, plus the waiting times of the processes; see {@link DeadlineLength}. */
@ConfigurationProperties("app.deadlines")
public record DeadlineProperties(DeadlineLength committeeDecision, DeadlineLength reportAcknowledgement,
		DeadlineLength leadershipInformed, DeadlineLength violationsInvestigation, DeadlineLength completionResponse,
		DeadlineLength surveyAnswer, DeadlineLength evidenceWindow, DeadlineLength dataRequestAnswer,
		DeadlineLength dataRequestExtension, DeadlineLength breachAuthorityNotice,
		DeadlineLength breachAuthorityEscalation) {
}
