package sa.nonprofit.hail.privacy;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.calendar.Deadlines;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Decision;
import sa.nonprofit.hail.privacy.DataSubjectProcess.RequestType;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.system.Refusal;

/**
 * The officer's answers, checked when a task completes (a refusal here leaves the task open with the reason in
 * Tasklist): a refusal always has a reason, the extension is used once only and has a reason, and fulfilment confirms
 * what was done. BPMN: {@code ${dataRequestDecisions.verified(task)}} and the like.
 */
@Component("dataRequestDecisions")
public class DataRequestDecisions {

	private final Deadlines deadlines;

	DataRequestDecisions(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	/** Task_VerifyIdentity: how the identity was verified, or why it could not be. */
	public void verified(DelegateTask task) {
		if (Boolean.TRUE.equals(task.getVariable(Variables.IDENTITY_VERIFIED))) {
			if (blank(task, Variables.VERIFICATION_METHOD)) {
				throw Refusal.invalid("اذكر طريقة التحقق من الهوية", "Say how the identity was verified");
			}
		}
		else if (!Boolean.FALSE.equals(task.getVariable(Variables.IDENTITY_VERIFIED))) {
			throw Refusal.invalid("بيّن هل تحققت هوية مقدم الطلب", "Say whether the requester's identity was verified");
		}
		else if (blank(task, Variables.DECISION_REASON)) {
			throw Refusal.invalid("اذكر سبب تعذّر التحقق، فهو يُبلَّغ لمقدم الطلب",
					"Give the reason the identity could not be verified: the requester is told");
		}
	}

	/** Task_ReviewDataRequest: a reason for EXTEND and REFUSE; EXTEND once only. */
	public void decided(DelegateTask task) {
		Object decision = task.getVariable(Variables.DATA_REQUEST_DECISION);
		if (decision == null || !(Decision.FULFIL.name().equals(decision) || Decision.EXTEND.name().equals(decision)
				|| Decision.REFUSE.name().equals(decision))) {
			throw Refusal.invalid("اختر القرار: تنفيذ أو تمديد أو رفض", "Choose the decision: fulfil, extend or refuse");
		}
		if (!Decision.FULFIL.name().equals(decision) && blank(task, Variables.DECISION_REASON)) {
			throw Refusal.invalid("اذكر السبب: يُبلَّغ لمقدم الطلب مع التمديد أو الرفض",
					"Give the reason: the requester is told it with an extension or a refusal");
		}
		if (Decision.EXTEND.name().equals(decision) && Boolean.TRUE.equals(task.getVariable(Variables.EXTENSION_USED))) {
			throw Refusal.invalid("مُدّدت مدة هذا الطلب من قبل، والنظام لا يجيز التمديد إلا مرة واحدة: نفّذ الطلب أو ارفضه",
					"This request was extended before and the law allows one extension only: fulfil or refuse it");
		}
	}

	/** Task_FulfilDataRequest: the export reviewed, the erasure confirmed; a correction is applied by its own listener. */
	public void fulfilled(DelegateTask task) {
		RequestType type = RequestType.valueOf((String) task.getVariable(Variables.REQUEST_TYPE));
		if (type.delivers() && !Boolean.TRUE.equals(task.getVariable(Variables.EXPORT_READY))) {
			throw Refusal.invalid("أكّد أنك راجعت ملف البيانات المجمَّع وأنه جاهز لاطلاع مقدم الطلب",
					"Confirm that you reviewed the gathered file and that it is ready for the requester");
		}
		if (type == RequestType.DESTRUCTION && !Boolean.TRUE.equals(task.getVariable(Variables.ERASURE_CONFIRMED))) {
			throw Refusal.invalid("أكّد الإتلاف: يُمحى كل ما يخص الشخص ما لم يمنعه حجز نظامي",
					"Confirm the erasure: everything about the person is erased unless a legal hold stops it");
		}
	}

	/** Start of Task_NotifyDataRequestExtended: the one extension, counted from the due date it replaces. */
	public void extend(DelegateExecution execution) {
		Date due = (Date) execution.getVariable(Variables.DATA_REQUEST_DUE);
		execution.setVariable(Variables.DATA_REQUEST_DUE, this.deadlines.dataRequestExtendedDue(due));
		execution.setVariable(Variables.EXTENSION_USED, true);
		execution.setVariable(Variables.EXTENSION_REASON, execution.getVariable(Variables.DECISION_REASON));
		// The next review starts blank: a later refusal must give its own reason, not inherit the extension's.
		execution.setVariable(Variables.DECISION_REASON, null);
		execution.setVariable(Variables.DATA_REQUEST_DECISION, null);
	}

	private static boolean blank(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return value == null || value.toString().isBlank();
	}

}
