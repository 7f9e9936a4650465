package sa.nonprofit.hail.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.calendar.HijriDates;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Elements;
import sa.nonprofit.hail.privacy.DataSubjectProcess.RequestType;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/**
 * What the person may know of their data request once they proved it is theirs with the tracking code: the stage, the
 * dates and, only after identity was verified and an access or copy request fulfilled, the data itself. Nothing of the
 * person's data is in the status: not the ID, the mobile or the details they typed.
 */
@Service
public class DataRequestStatuses {

	/** Stages in plain words. */
	public enum Stage {

		VERIFYING_IDENTITY("قيد التحقق من هويتك", "Verifying your identity"),
		UNDER_REVIEW("قيد الدراسة لدى مسؤول حماية البيانات", "Under review by the data protection officer"),
		BEING_CARRIED_OUT("قيد التنفيذ", "Being carried out"), FULFILLED("نُفّذ", "Carried out"),
		REFUSED("تعذّر التنفيذ", "Not carried out");

		final String arabic;

		final String english;

		Stage(String arabic, String english) {
			this.arabic = arabic;
			this.english = english;
		}

	}

	/** The requester's view; dates as ISO days with their Arabic Hijri and Gregorian display. */
	public record DataRequestStatus(String requestNumber, Stage stage, String stageAr, String stageEn,
			String requestType, String requestTypeAr, String requestTypeEn, String receivedOn, String receivedOnDisplay,
			String due, String dueDisplay, boolean extended, String extensionReason, String refusalReason,
			boolean exportAvailable) {
	}

	private static final Set<String> VERIFYING = Set.of(Elements.NOTIFY_RECEIVED, Elements.VERIFY_IDENTITY);

	private static final Set<String> REVIEW = Set.of(Elements.REVIEW, Elements.NOTIFY_EXTENDED);

	private static final Set<String> CARRYING_OUT = Set.of(Elements.FULFIL, Elements.ERASE);

	private final HistoryService history;

	private final RuntimeService runtime;

	private final DataRequestExports exports;

	private final Clock clock;

	DataRequestStatuses(HistoryService history, RuntimeService runtime, DataRequestExports exports, Clock clock) {
		this.history = history;
		this.runtime = runtime;
		this.exports = exports;
		this.clock = clock;
	}

	/** The status of a request whose tracking code the caller has already checked. */
	public Optional<DataRequestStatus> statusOf(String requestNumber) {
		HistoricProcessInstance request = find(requestNumber);
		if (request == null) {
			return Optional.empty();
		}
		Stage stage = stage(request);
		RequestType type = RequestType.valueOf(variable(request, Variables.REQUEST_TYPE));
		LocalDate received = request.getStartTime().toInstant().atZone(this.clock.getZone()).toLocalDate();
		String due = "";
		String dueDisplay = "";
		if (stage != Stage.FULFILLED && stage != Stage.REFUSED && value(request, Variables.DATA_REQUEST_DUE) instanceof Date date) {
			LocalDate day = date.toInstant().atZone(this.clock.getZone()).toLocalDate();
			due = day.toString();
			dueDisplay = HijriDates.format(day);
		}
		boolean extended = Boolean.TRUE.equals(value(request, Variables.EXTENSION_USED));
		return Optional.of(new DataRequestStatus(requestNumber, stage, stage.arabic, stage.english, type.name(),
				type.arabicName(), type.englishName(), received.toString(), HijriDates.format(received), due,
				dueDisplay, extended, extended ? variable(request, Variables.EXTENSION_REASON) : "",
				stage == Stage.REFUSED ? variable(request, Variables.DECISION_REASON) : "",
				stage == Stage.FULFILLED && type.delivers() && heldId(request) != null));
	}

	/**
	 * Everything held about the requester, as gathered when the request was fulfilled and kept sealed since (a request
	 * fulfilled before exports were kept has its export gathered now, once): only for an access or copy request that
	 * was verified and fulfilled (refused as a conflict before that, with the reason in both languages).
	 */
	public SubjectFile exportOf(String requestNumber) {
		DataRequestStatus status = statusOf(requestNumber).orElseThrow(() -> Refusal.notFound("لا يوجد طلب بهذا الرقم",
				"There is no request with this number"));
		String nationalId = heldId(find(requestNumber));
		if (status.stage() == Stage.FULFILLED && nationalId == null) {
			throw Refusal.conflict("لم تعد البيانات متاحة: أُتلفت بياناتك الشخصية لدى الجمعية",
					"The data is no longer available: your personal data was destroyed");
		}
		if (!status.exportAvailable()) {
			throw Refusal.conflict("لا تتاح البيانات إلا بعد التحقق من هويتك وتنفيذ طلب اطلاع أو نسخة",
					"The data is available only after your identity was verified and an access or copy request carried out");
		}
		return this.exports.find(requestNumber).orElseGet(() -> this.exports.prepare(requestNumber, nationalId));
	}

	/** The request's national ID while it still holds a valid one; null once it was erased. */
	private String heldId(HistoricProcessInstance request) {
		String id = SaudiIdentifiers.normaliseDigits(variable(request, Variables.NATIONAL_ID));
		return SaudiIdentifiers.isValidNationalId(id) ? id : null;
	}

	private HistoricProcessInstance find(String requestNumber) {
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(DataSubjectProcess.PROCESS_ID)
			.processInstanceBusinessKey(requestNumber)
			.singleResult();
	}

	private Stage stage(HistoricProcessInstance request) {
		List<String> active = request.getEndTime() == null ? this.runtime.getActiveActivityIds(request.getId())
				: List.of();
		boolean refused = active.contains(Elements.NOTIFY_REFUSED) || this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(request.getId())
			.activityId(Elements.NOTIFY_REFUSED)
			.count() > 0;
		if (refused) {
			return Stage.REFUSED;
		}
		if (active.stream().anyMatch(VERIFYING::contains)) {
			return Stage.VERIFYING_IDENTITY;
		}
		if (active.stream().anyMatch(REVIEW::contains)) {
			return Stage.UNDER_REVIEW;
		}
		if (active.stream().anyMatch(CARRYING_OUT::contains)) {
			return Stage.BEING_CARRIED_OUT;
		}
		return Stage.FULFILLED;
	}

	private Object value(HistoricProcessInstance request, String name) {
		HistoricVariableInstance variable = this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(request.getId())
			.variableName(name)
			.singleResult();
		return variable == null ? null : variable.getValue();
	}

	private String variable(HistoricProcessInstance request, String name) {
		Object value = value(request, name);
		return value == null ? "" : value.toString();
	}

}
