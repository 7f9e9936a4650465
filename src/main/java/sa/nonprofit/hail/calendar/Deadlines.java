package sa.nonprofit.hail.calendar;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates for the process models, set one way only: a start listener where the deadline's clock starts stores it,
 * e.g. {@code ${execution.setVariable('investigationDue', deadlines.violationsInvestigationDue())}}, and the task's
 * due date, its timer and any message read that variable, so all three name the same instant. Counted from the
 * engine's clock (so tests move time with the engine) in the application's zone ({@code app.time-zone}); lengths
 * come from {@link DeadlineProperties}.
 */
@Component("deadlines")
public class Deadlines {

	private final DeadlineProperties lengths;

	private final HolidayCalendar calendar;

	private final Clock clock;

	Deadlines(DeadlineProperties lengths, HolidayCalendar calendar, Clock clock) {
		this.lengths = lengths;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Research committee's decision on a support request (policy: two weeks). */
	public Date committeeDecisionDue() {
		return due(this.lengths.committeeDecision());
	}

	/** The applicant's answer to a request for missing information, after which the request closes as incomplete. */
	public Date completionResponseDue() {
		return due(this.lengths.completionResponse());
	}

	/** The applicant's satisfaction survey answer, after which the request ends without one. */
	public Date surveyAnswerDue() {
		return due(this.lengths.surveyAnswer());
	}

	/** Acknowledgement of a report with its number (policy: 10 days). */
	public Date reportAcknowledgementDue() {
		return due(this.lengths.reportAcknowledgement());
	}

	/** Board chair and executive director informed of a report (policy: one week). */
	public Date leadershipInformedDue() {
		return due(this.lengths.leadershipInformed());
	}

	/** Violations committee's recommendation (policy: 10 working days from referral). */
	public Date violationsInvestigationDue() {
		return due(this.lengths.violationsInvestigation());
	}

	/** How long a report closed as unjustified can be reopened by new evidence before its closure is final. */
	public Date evidenceWindowEnd() {
		return due(this.lengths.evidenceWindow());
	}

	/** The answer to a person's request about their data (PDPL: 30 days from receipt). */
	public Date dataRequestAnswerDue() {
		return due(this.lengths.dataRequestAnswer());
	}

	/** The answer's new due date after the single extension (PDPL: up to 30 more days), counted from the old one. */
	public Date dataRequestExtendedDue(Date currentDue) {
		ZonedDateTime from = ZonedDateTime.ofInstant(currentDue.toInstant(), this.clock.getZone());
		return Date.from(this.lengths.dataRequestExtension().dueFrom(from, this.calendar.current()).toInstant());
	}

	/**
	 * The data authority told of a personal-data breach (PDPL IR Art. 24: 72 hours), counted from when the association
	 * became aware, which may be before the process started: calendar hours, weekends and holidays included.
	 */
	public Date breachAuthorityNoticeDue(Date awareAt) {
		return from(awareAt, this.lengths.breachAuthorityNotice());
	}

	/** When the board chair is told that the authority has not been notified yet, counted from the same moment. */
	public Date breachAuthorityEscalationAt(Date awareAt) {
		return from(awareAt, this.lengths.breachAuthorityEscalation());
	}

	private Date from(Date start, DeadlineLength length) {
		ZonedDateTime from = ZonedDateTime.ofInstant(start.toInstant(), this.clock.getZone());
		return Date.from(length.dueFrom(from, this.calendar.current()).toInstant());
	}

	public Date due(DeadlineLength length) {
		ZonedDateTime now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), this.clock.getZone());
		return Date.from(length.dueFrom(now, this.calendar.current()).toInstant());
	}

}
