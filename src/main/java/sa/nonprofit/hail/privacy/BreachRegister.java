package sa.nonprofit.hail.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.privacy.DataBreachProcess.Elements;
import sa.nonprofit.hail.privacy.DataBreachProcess.Variables;

/**
 * The breach register (PDPL IR Art. 24; kept five years): every breach from history, running or closed, with its
 * 72-hour deadline met or missed. Read as the application: the chair and the administrator read the register without
 * any right on the process's instances.
 */
@Component
class BreachRegister {

	/** Whether the authority deadline was kept: met, missed (also while open past it), or open and still in time. */
	enum Deadline {
		MET("في الموعد"), MISSED("فات الموعد"), OPEN("مفتوح ولم يحل موعده");

		private final String arabic;

		Deadline(String arabic) {
			this.arabic = arabic;
		}

		String arabic() {
			return this.arabic;
		}
	}

	/**
	 * One breach as the register lists it. {@code authorityNotifiedAt} is the moment the officer typed; the deadline
	 * rests on {@code authorityRecordedAt}, when the notice (or that none was required) was recorded in the system.
	 * {@code reportsNamed} counts the report numbers named, whether or not any exists; reached and without contact
	 * count everyone else.
	 */
	record Entry(String number, String reportedBy, String description, OffsetDateTime awareAt, OffsetDateTime started,
			Boolean harmLikely, String dataCategories, Long peopleAffected, Long recordsAffected,
			String authorityNotice, OffsetDateTime authorityNotifiedAt, OffsetDateTime authorityRecordedAt,
			String authorityReference,
			String authorityNotRequiredReason, OffsetDateTime authorityNoticeDue, Deadline authorityDeadline,
			boolean escalated, OffsetDateTime subjectsNotifiedAt, Long reportsNamed, Long subjectsReached,
			Long subjectsWithoutContact,
			OffsetDateTime closedAt, String lessonsLearned, String preventionMeasures) {
	}

	private final HistoryService history;

	private final EngineAsSystem system;

	private final ZoneId zone;

	BreachRegister(HistoryService history, EngineAsSystem system, Clock clock) {
		this.history = history;
		this.system = system;
		this.zone = clock.getZone();
	}

	List<Entry> entries() {
		return this.system.call(() -> this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(DataBreachProcess.PROCESS_ID)
			.orderByProcessInstanceStartTime()
			.asc()
			.list()
			.stream()
			.map(this::entry)
			.toList());
	}

	private Entry entry(HistoricProcessInstance instance) {
		Map<String, Object> v = new HashMap<>();
		for (HistoricVariableInstance variable : this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.disableCustomObjectDeserialization()
			.list()) {
			if (variable.getActivityInstanceId() == null || variable.getActivityInstanceId().equals(instance.getId())
					|| !v.containsKey(variable.getName())) {
				v.put(variable.getName(), variable.getValue());
			}
		}
		Date due = (Date) v.get(Variables.AUTHORITY_DUE);
		Date recorded = authorityRecorded(instance);
		boolean closed = Elements.END_CLOSED.equals(instance.getEndActivityId());
		return new Entry(instance.getBusinessKey(), text(v, Variables.REPORTED_BY), text(v, Variables.DESCRIPTION), time(v.get(Variables.AWARE_AT)),
				time(instance.getStartTime()), (Boolean) v.get(Variables.HARM_LIKELY), text(v, Variables.DATA_CATEGORIES),
				number(v, Variables.PEOPLE_AFFECTED), number(v, Variables.RECORDS_AFFECTED),
				text(v, Variables.AUTHORITY_NOTICE), time(v.get(Variables.AUTHORITY_NOTIFIED_AT)), time(recorded),
				text(v, Variables.AUTHORITY_REFERENCE), text(v, Variables.NOT_REQUIRED_REASON), time(due),
				deadline(recorded, due), Boolean.TRUE.equals(v.get(Variables.ESCALATED)),
				time(v.get(Variables.SUBJECTS_NOTIFIED_AT)), number(v, Variables.REPORTS_NAMED),
				number(v, Variables.SUBJECTS_REACHED),
				number(v, Variables.SUBJECTS_WITHOUT_CONTACT), closed ? time(instance.getEndTime()) : null,
				text(v, Variables.LESSONS), text(v, Variables.PREVENTION));
	}

	/**
	 * Notified or not required: by when the officer recorded it, the system's own evidence (a typed notice time can be
	 * backdated). Neither yet: missed once the deadline has passed, even while the breach is open.
	 */
	private static Deadline deadline(Date recorded, Date due) {
		if (due == null) {
			return Deadline.OPEN;
		}
		if (recorded != null) {
			return recorded.after(due) ? Deadline.MISSED : Deadline.MET;
		}
		return ClockUtil.getCurrentTime().after(due) ? Deadline.MISSED : Deadline.OPEN;
	}

	/** When Task_NotifyAuthority was completed, if it was. */
	private Date authorityRecorded(HistoricProcessInstance instance) {
		return this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityId(Elements.NOTIFY_AUTHORITY)
			.finished()
			.list()
			.stream()
			.map(HistoricActivityInstance::getEndTime)
			.findFirst()
			.orElse(null);
	}

	private OffsetDateTime time(Object value) {
		return value instanceof Date date ? date.toInstant().atZone(this.zone).toOffsetDateTime() : null;
	}

	private static String text(Map<String, Object> v, String name) {
		Object value = v.get(name);
		return value == null ? null : value.toString();
	}

	private static Long number(Map<String, Object> v, String name) {
		return v.get(name) instanceof Number n ? n.longValue() : null;
	}

}
