package sa.nonprofit.hail.whistleblowing;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.calendar.ProgressStep;
import sa.nonprofit.hail.calendar.ProgressStep.State;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/**
 * The reporter's dated stepper: received, first review, investigation (only where it happens), feedback and closure.
 * It reads when the report's stages began and ended, never who worked on them or what they wrote; the one promised date
 * is the reporter's own: until when new evidence reopens a report closed as unjustified. Internal deadlines
 * (acknowledgement, leadership, the committee's) stay with the staff.
 */
@Component
class ReportProgress {

	private static final Set<String> INVESTIGATING = Set.of(Elements.INVESTIGATION, Elements.CHAIR_APPROVAL,
			Elements.DISCIPLINARY_ACTION);

	private static final Set<String> FEEDBACK = Set.of(Elements.REPORTER_FEEDBACK, Elements.NOTIFY_REPORTER);

	private final HistoryService history;

	private final RuntimeService runtime;

	private final ZoneId zone;

	ReportProgress(HistoryService history, RuntimeService runtime, Clock clock) {
		this.history = history;
		this.runtime = runtime;
		this.zone = clock.getZone();
	}

	/** The stepper and what comes next (null once the closure is final). */
	record Progress(List<ProgressStep> steps, ProgressStep.Next next) {
	}

	Progress of(HistoricProcessInstance report) {
		List<HistoricActivityInstance> all = this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(report.getId())
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list();
		// A report reopened by new evidence starts its review again: only the latest round counts.
		Date roundStart = last(all, Set.of(Elements.PRELIMINARY_REVIEW), HistoricActivityInstance::getStartTime);
		List<HistoricActivityInstance> round = roundStart == null ? List.of()
				: all.stream().filter(activity -> !activity.getStartTime().before(roundStart)).toList();
		List<String> active = report.getEndTime() == null ? this.runtime.getActiveActivityIds(report.getId())
				: List.of();
		boolean ended = report.getEndTime() != null;
		boolean awaitingEvidence = active.contains(Elements.AWAIT_EVIDENCE);
		boolean closed = ended || awaitingEvidence;
		boolean inFeedback = active.stream().anyMatch(FEEDBACK::contains);
		boolean investigating = active.stream().anyMatch(INVESTIGATING::contains);
		boolean investigated = round.stream().anyMatch(activity -> INVESTIGATING.contains(activity.getActivityId()));
		boolean reviewing = active.contains(Elements.PRELIMINARY_REVIEW);

		ProgressStep received = step("RECEIVED", "استلام البلاغ", "Report received", State.DONE, report.getStartTime());
		ProgressStep review = roundStart == null
				? step("REVIEW", "المراجعة الأولية", "First review", State.UPCOMING, null)
				: step("REVIEW", "المراجعة الأولية", "First review", reviewing ? State.CURRENT : State.DONE,
						reviewing ? roundStart
								: last(round, Set.of(Elements.PRELIMINARY_REVIEW), HistoricActivityInstance::getEndTime));
		ProgressStep investigation;
		String investigationAr = "التحقيق (عند الحاجة)";
		String investigationEn = "Investigation (where needed)";
		if (investigating) {
			investigation = step("INVESTIGATION", investigationAr, investigationEn, State.CURRENT,
					first(round, INVESTIGATING));
		}
		else if (investigated) {
			investigation = step("INVESTIGATION", investigationAr, investigationEn, State.DONE,
					last(round, INVESTIGATING, HistoricActivityInstance::getEndTime));
		}
		else if (roundStart != null && !reviewing) {
			investigation = step("INVESTIGATION", investigationAr, investigationEn, State.SKIPPED, null);
		}
		else {
			investigation = step("INVESTIGATION", investigationAr, investigationEn, State.UPCOMING, null);
		}
		String closingAr = "الإفادة وإغلاق البلاغ";
		String closingEn = "Feedback and closure";
		ProgressStep closing;
		if (closed) {
			closing = step("CLOSED", closingAr, closingEn, State.DONE,
					ended ? report.getEndTime() : last(round, Set.of(Elements.AWAIT_EVIDENCE),
							HistoricActivityInstance::getStartTime));
		}
		else {
			closing = step("CLOSED", closingAr, closingEn, inFeedback ? State.CURRENT : State.UPCOMING,
					inFeedback ? first(round, FEEDBACK) : null);
		}
		return new Progress(List.of(received, review, investigation, closing),
				next(report, received, review, investigating, inFeedback, awaitingEvidence, ended));
	}

	private ProgressStep.Next next(HistoricProcessInstance report, ProgressStep received, ProgressStep review,
			boolean investigating, boolean inFeedback, boolean awaitingEvidence, boolean ended) {
		if (ended) {
			return null;
		}
		if (awaitingEvidence) {
			Date end = this.runtime.getVariable(report.getId(), Variables.EVIDENCE_WINDOW_END) instanceof Date date
					? date : null;
			return ProgressStep.next("يمكنك إرسال إثباتات جديدة من صفحة المتابعة، فيُعاد النظر في البلاغ حتى هذا الموعد",
					"You can send new evidence from the tracking page; it reopens the report until this date", end,
					this.zone);
		}
		if (inFeedback) {
			return ProgressStep.next("إفادتك بما انتهى إليه البلاغ، هنا في صفحة المتابعة",
					"Feedback to you on the outcome, here on the tracking page", null, this.zone);
		}
		if (investigating) {
			return ProgressStep.next("انتهاء التحقيق ثم إفادتك بالنتيجة", "The investigation ends, then you are told the outcome",
					null, this.zone);
		}
		if (review.state() == State.CURRENT) {
			return ProgressStep.next("نتيجة المراجعة الأولية: إغلاق البلاغ أو معالجته أو إحالته للتحقيق",
					"The first review's outcome: closed, resolved, or sent for investigation", null, this.zone);
		}
		return ProgressStep.next("بدء المراجعة الأولية لبلاغك", "The first review of your report begins", null, this.zone);
	}

	private ProgressStep step(String key, String arabic, String english, State state, Date at) {
		return ProgressStep.of(key, arabic, english, state, at, this.zone);
	}

	private static Date first(List<HistoricActivityInstance> activities, Set<String> ids) {
		return activities.stream()
			.filter(activity -> ids.contains(activity.getActivityId()))
			.map(HistoricActivityInstance::getStartTime)
			.findFirst()
			.orElse(null);
	}

	private static Date last(List<HistoricActivityInstance> activities, Set<String> ids,
			java.util.function.Function<HistoricActivityInstance, Date> when) {
		return activities.stream()
			.filter(activity -> ids.contains(activity.getActivityId()))
			.map(when)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

}
