package sa.nonprofit.hail.beneficiary;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Elements;
import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.beneficiary.RequestStatuses.Stage;
import sa.nonprofit.hail.calendar.DeadlineLength;
import sa.nonprofit.hail.calendar.DeadlineProperties;
import sa.nonprofit.hail.calendar.ProgressStep;
import sa.nonprofit.hail.calendar.ProgressStep.State;

/**
 * The applicant's dated stepper: received, checked, the research committee's decision, the service. Dates come from
 * the history of the request's steps; promised dates only from the variables the process already tells the applicant
 * ({@code committeeDecisionDue}, {@code completionDue}). No staff name, note or internal step is read.
 */
@Component
class RequestProgress {

	private final HistoryService history;

	private final RuntimeService runtime;

	private final DeadlineProperties deadlines;

	private final ZoneId zone;

	RequestProgress(HistoryService history, RuntimeService runtime, DeadlineProperties deadlines, Clock clock) {
		this.history = history;
		this.runtime = runtime;
		this.deadlines = deadlines;
		this.zone = clock.getZone();
	}

	/** The stepper and what comes next (empty once the request is closed). */
	record Progress(List<ProgressStep> steps, ProgressStep.Next next) {
	}

	Progress of(HistoricProcessInstance request, Stage stage) {
		List<HistoricActivityInstance> done = this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(request.getId())
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list();
		Date referred = firstStart(done, Set.of(Elements.NOTIFY_REFERRED, Elements.COMMITTEE_DECISION));
		Date decided = lastEnd(done, Set.of(Elements.COMMITTEE_DECISION));
		ProgressStep received = step("RECEIVED", "استلام الطلب", "Request received", State.DONE,
				request.getStartTime());
		ProgressStep checking = checking(request, stage, referred);
		ProgressStep committee = committee(request, stage, referred, decided);
		ProgressStep service = service(request, stage, done, decided);
		return new Progress(List.of(received, checking, committee, service), next(request, stage));
	}

	private ProgressStep checking(HistoricProcessInstance request, Stage stage, Date referred) {
		String name = "التحقق من بياناتك ومستنداتك";
		String english = "Checking your data and documents";
		return switch (stage) {
			case UNDER_VERIFICATION -> step("CHECKING", name, english, State.CURRENT, request.getStartTime());
			case NEEDS_INFORMATION -> step("CHECKING", name, english, State.CURRENT, request.getStartTime())
				.due(dueDate(request, Variables.COMPLETION_DUE), this.zone)
				.note("بانتظار البيانات الناقصة منك", "Waiting for the missing information from you");
			case CLOSED_INCOMPLETE -> step("CHECKING", name, english, State.DONE, request.getEndTime())
				.note("أُغلق الطلب لعدم اكتمال البيانات", "The request was closed as incomplete");
			default -> step("CHECKING", name, english, State.DONE, referred);
		};
	}

	private ProgressStep committee(HistoricProcessInstance request, Stage stage, Date referred, Date decided) {
		String name = "قرار لجنة البحث";
		String english = "The research committee's decision";
		return switch (stage) {
			case UNDER_VERIFICATION, NEEDS_INFORMATION -> step("COMMITTEE", name, english, State.UPCOMING, null)
				.note(committeeLengthArabic(), committeeLengthEnglish());
			case WITH_COMMITTEE -> step("COMMITTEE", name, english, State.CURRENT, referred)
				.due(dueDate(request, Variables.COMMITTEE_DECISION_DUE), this.zone);
			case ACCEPTED, SERVED -> step("COMMITTEE", name, english, State.DONE, decided)
				.note("قُبل طلبك", "Your request was accepted");
			case REJECTED -> step("COMMITTEE", name, english, State.DONE, decided)
				.note("لم يُقبل طلبك", "Your request was not accepted");
			case CLOSED_INCOMPLETE -> step("COMMITTEE", name, english, State.SKIPPED, null);
		};
	}

	private ProgressStep service(HistoricProcessInstance request, Stage stage, List<HistoricActivityInstance> done,
			Date decided) {
		String name = "تقديم الخدمة";
		String english = "Service delivered";
		return switch (stage) {
			case ACCEPTED -> step("SERVICE", name, english, State.CURRENT, decided);
			case SERVED -> step("SERVICE", name, english, State.DONE,
					Optional.ofNullable(lastEnd(done, Set.of(Elements.DELIVER_SERVICE))).orElse(request.getEndTime()));
			case REJECTED, CLOSED_INCOMPLETE -> step("SERVICE", name, english, State.SKIPPED, null);
			default -> step("SERVICE", name, english, State.UPCOMING, null);
		};
	}

	private ProgressStep.Next next(HistoricProcessInstance request, Stage stage) {
		return switch (stage) {
			case UNDER_VERIFICATION -> ProgressStep.next("إحالة طلبك إلى لجنة البحث بعد التحقق، " + committeeLengthArabic(),
					"Your request goes to the research committee once checked; " + committeeLengthEnglish(), null,
					this.zone);
			case NEEDS_INFORMATION -> ProgressStep.next("أرسل إلى الجمعية البيانات الناقصة قبل هذا الموعد",
					"Send the association the missing information by this date",
					dueDate(request, Variables.COMPLETION_DUE), this.zone);
			case WITH_COMMITTEE -> ProgressStep.next("قرار لجنة البحث في طلبك", "The research committee's decision",
					dueDate(request, Variables.COMMITTEE_DECISION_DUE), this.zone);
			case ACCEPTED -> ProgressStep.next("تسجيلك وتقديم الخدمة، وسنتواصل معك",
					"Your registration and the service; we will contact you", null, this.zone);
			default -> null;
		};
	}

	private String committeeLengthArabic() {
		return days(this.deadlines.committeeDecision()).map(days -> "وتقرر خلال " + arabicDays(days) + " من الإحالة")
			.orElse("وتقرر في الموعد الذي تبلَّغ به عند الإحالة");
	}

	private String committeeLengthEnglish() {
		return days(this.deadlines.committeeDecision()).map(days -> "it decides within " + days + " days of referral")
			.orElse("it decides by the date you are told on referral");
	}

	/** A calendar length in whole days, where it is one (P14D, P2W); otherwise nothing to promise in words. */
	private static Optional<Integer> days(DeadlineLength length) {
		if (length == null || length.calendar() == null || length.calendar().contains("T")) {
			return Optional.empty();
		}
		Period period = Period.parse(length.calendar());
		return period.getYears() == 0 && period.getMonths() == 0 ? Optional.of(period.getDays()) : Optional.empty();
	}

	/** Arabic counts agree with their number: ٣–١٠ أيام, ١١ فما فوق يومًا. */
	static String arabicDays(int days) {
		String digits = String.valueOf(days).chars()
			.mapToObj(c -> String.valueOf((char) ('\u0660' + (c - '0'))))
			.reduce("", String::concat);
		if (days == 1) {
			return "يوم واحد";
		}
		if (days == 2) {
			return "يومين";
		}
		return digits + (days <= 10 ? " أيام" : " يومًا");
	}

	private Date dueDate(HistoricProcessInstance request, String variable) {
		if (request.getEndTime() != null) {
			return null;
		}
		return this.runtime.getVariable(request.getId(), variable) instanceof Date date ? date : null;
	}

	private ProgressStep step(String key, String arabic, String english, State state, Date at) {
		return ProgressStep.of(key, arabic, english, state, at, this.zone);
	}

	private static Date firstStart(List<HistoricActivityInstance> done, Set<String> ids) {
		return done.stream()
			.filter(activity -> ids.contains(activity.getActivityId()))
			.map(HistoricActivityInstance::getStartTime)
			.findFirst()
			.orElse(null);
	}

	private static Date lastEnd(List<HistoricActivityInstance> done, Set<String> ids) {
		return done.stream()
			.filter(activity -> ids.contains(activity.getActivityId()))
			.map(HistoricActivityInstance::getEndTime)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

}
