package sa.nonprofit.hail.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.privacy.DataBreachProcess.AuthorityMethod;
import sa.nonprofit.hail.privacy.DataBreachProcess.AuthorityNotice;
import sa.nonprofit.hail.privacy.DataBreachProcess.Variables;
import sa.nonprofit.hail.system.FieldProblem;
import sa.nonprofit.hail.system.Refusal;

/**
 * The officer's steps of a breach, checked when each task is completed (a refusal leaves the task open and nothing
 * written), and what each task shows when it is created: the authority notice's content, the message to the people
 * affected prefilled from its template. BPMN: {@code ${breachSteps.assessed(task)}} and the like.
 */
@Component("breachSteps")
public class BreachSteps {

	private final BreachAffectedPeople people;

	private final BreachMessages messages;

	private final Clock clock;

	BreachSteps(BreachAffectedPeople people, BreachMessages messages, Clock clock) {
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	public void assessed(DelegateTask task) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!(task.getVariable(Variables.HARM_LIKELY) instanceof Boolean)) {
			problems.add(new FieldProblem(Variables.HARM_LIKELY, "حدّد هل يُرجّح أن تُلحق الحادثة ضرراً بأصحاب البيانات",
					"Say whether the breach is likely to harm the people concerned"));
		}
		count(task, Variables.PEOPLE_AFFECTED, "عدد الأشخاص المتأثرين", "the number of people affected", problems);
		count(task, Variables.RECORDS_AFFECTED, "عدد السجلات المتأثرة", "the number of records affected", problems);
		required(task, Variables.DATA_CATEGORIES, "فئات البيانات المتأثرة", "the data categories affected", problems);
		required(task, Variables.RISKS, "المخاطر المحتملة", "the likely risks", problems);
		required(task, Variables.MEASURES, "الإجراءات المتخذة", "the measures taken", problems);
		problems.addAll(BreachMessages.assessedParts(task));
		problems.addAll(this.people.problems(BreachText.of(task, Variables.AFFECTED_PEOPLE)));
		refuseIfAny(problems);
	}

	/** Create listener of Task_NotifyAuthority: what the notice to the authority must hold, ready to copy. */
	public void authorityPrepared(DelegateTask task) {
		task.setVariable(Variables.AUTHORITY_NOTICE_CONTENT, this.messages.authorityNotice(task));
	}

	public void authorityRecorded(DelegateTask task) {
		List<FieldProblem> problems = new ArrayList<>();
		String notice = BreachText.of(task, Variables.AUTHORITY_NOTICE);
		if (AuthorityNotice.NOTIFIED.name().equals(notice)) {
			Optional<Date> at = BreachTimes.parse(task.getVariable(Variables.AUTHORITY_NOTIFIED_AT), this.clock.getZone());
			Date awareAt = (Date) task.getVariable(Variables.AWARE_AT);
			if (at.isEmpty() || at.get().after(ClockUtil.getCurrentTime()) || at.get().before(awareAt)) {
				problems.add(new FieldProblem(Variables.AUTHORITY_NOTIFIED_AT,
						"أدخل وقت إبلاغ الهيئة: بعد العلم بالحادثة وليس في المستقبل",
						"Enter when the authority was notified: after the association became aware, not in the future"));
			}
			else {
				task.setVariable(Variables.AUTHORITY_NOTIFIED_AT, at.get());
			}
			if (Arrays.stream(AuthorityMethod.values()).noneMatch(method -> method.name()
				.equals(BreachText.of(task, Variables.AUTHORITY_METHOD)))) {
				problems.add(new FieldProblem(Variables.AUTHORITY_METHOD, "اختر وسيلة إبلاغ الهيئة",
						"Choose how the authority was notified"));
			}
			required(task, Variables.AUTHORITY_REFERENCE, "الرقم المرجعي لدى الهيئة", "the authority's reference number",
					problems);
		}
		else if (AuthorityNotice.NOT_REQUIRED.name().equals(notice)) {
			if (Boolean.TRUE.equals(task.getVariable(Variables.HARM_LIKELY))) {
				problems.add(new FieldProblem(Variables.AUTHORITY_NOTICE,
						"الإبلاغ واجب: قُدّر أن الحادثة يُرجّح أن تُلحق ضرراً بأصحاب البيانات",
						"The notice is required: the breach was assessed as likely to cause harm"));
			}
			required(task, Variables.NOT_REQUIRED_REASON, "سبب عدم لزوم الإبلاغ", "the reason no notice is required",
					problems);
		}
		else {
			problems.add(new FieldProblem(Variables.AUTHORITY_NOTICE, "سجّل إبلاغ الهيئة أو عدم لزومه",
					"Record the notice to the authority, or that none is required"));
		}
		refuseIfAny(problems);
	}

	/** Create listener of Task_NotifyDataSubjects: the message's fixed parts, with a place for what happened. */
	public void messagePrepared(DelegateTask task) {
		task.setVariable(Variables.SUBJECT_MESSAGE, this.messages.subjectPreview(task));
	}

	/** The officer wrote what happened (and perhaps extra advice): the message is composed around it, never taken. */
	public void messageReviewed(DelegateTask task) {
		refuseIfAny(BreachMessages.officerParts(task));
		String what = BreachText.of(task, Variables.SUBJECT_WHAT_HAPPENED);
		String advice = BreachText.of(task, Variables.SUBJECT_EXTRA_ADVICE);
		task.setVariable(Variables.SUBJECT_WHAT_HAPPENED, what);
		task.setVariable(Variables.SUBJECT_EXTRA_ADVICE, advice);
		task.setVariable(Variables.SUBJECT_MESSAGE, this.messages.subjectMessage(task, what, advice));
	}

	public void closed(DelegateTask task) {
		List<FieldProblem> problems = new ArrayList<>();
		required(task, Variables.LESSONS, "الدروس المستفادة", "the lessons learned", problems);
		required(task, Variables.PREVENTION, "إجراءات منع التكرار", "the measures against recurrence", problems);
		refuseIfAny(problems);
	}

	private static void count(DelegateTask task, String name, String arabic, String english,
			List<FieldProblem> problems) {
		Object value = task.getVariable(name);
		if (!(value instanceof Number number) || number.doubleValue() < 0
				|| number.doubleValue() != Math.floor(number.doubleValue())) {
			problems.add(new FieldProblem(name, "أدخل " + arabic + " عدداً صحيحاً لا يقل عن صفر",
					"Enter " + english + " as a whole number, zero or more"));
		}
		else {
			task.setVariable(name, number.longValue());
		}
	}

	private static void required(DelegateTask task, String name, String arabic, String english,
			List<FieldProblem> problems) {
		String text = BreachText.of(task, name);
		if (text.isEmpty() || text.length() > BreachReceipt.MAX_TEXT) {
			problems.add(new FieldProblem(name, "أدخل " + arabic, "Enter " + english));
		}
	}

	private static void refuseIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw Refusal.invalid(problems.stream().map(FieldProblem::arabic).collect(Collectors.joining("؛ ")),
					problems.stream().map(FieldProblem::english).collect(Collectors.joining("; ")));
		}
	}

}
