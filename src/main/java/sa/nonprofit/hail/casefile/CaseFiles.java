package sa.nonprofit.hail.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.calendar.HijriDates;
import sa.nonprofit.hail.casefile.CaseFile.Deadline;
import sa.nonprofit.hail.casefile.CaseFile.DocumentEntry;
import sa.nonprofit.hail.casefile.CaseFile.Field;
import sa.nonprofit.hail.casefile.CaseFile.Holder;
import sa.nonprofit.hail.casefile.CaseFile.MessageEntry;
import sa.nonprofit.hail.casefile.CaseFile.NotificationEntry;
import sa.nonprofit.hail.casefile.CaseFile.Step;
import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.identity.StaffGroup;
import sa.nonprofit.hail.notification.SentNotifications;
import sa.nonprofit.hail.whistleblowing.ReporterThread;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;

/**
 * Puts a case file together. The instance and its variables (summary, and what each step wrote) are read as the
 * reader, so the engine's authorizations decide what appears; the shape of the procedure (steps, stage, holders) is
 * read by the application once the reader is known to may read the case.
 */
@Service
class CaseFiles {

	/** Each deadline variable of a procedure, and the step whose end meets it. */
	static final Map<String, Map<String, String>> DEADLINES = Map.of(BeneficiaryProcess.PROCESS_ID,
			ordered(BeneficiaryProcess.Variables.COMPLETION_DUE, BeneficiaryProcess.Elements.COMPLETE_APPLICATION,
					BeneficiaryProcess.Variables.COMMITTEE_DECISION_DUE, BeneficiaryProcess.Elements.COMMITTEE_DECISION,
					BeneficiaryProcess.Variables.SURVEY_ANSWER_DUE, BeneficiaryProcess.Elements.RECEIVE_SURVEY),
			WhistleblowerProcess.PROCESS_ID,
			ordered(WhistleblowerProcess.Variables.ACKNOWLEDGEMENT_DUE, WhistleblowerProcess.Elements.ACKNOWLEDGE,
					WhistleblowerProcess.Variables.LEADERSHIP_DUE, WhistleblowerProcess.Elements.NOTIFY_LEADERSHIP,
					WhistleblowerProcess.Variables.INVESTIGATION_DUE, WhistleblowerProcess.Elements.INVESTIGATION,
					WhistleblowerProcess.Variables.EVIDENCE_WINDOW_END, WhistleblowerProcess.Elements.AWAIT_EVIDENCE));

	private static final Map<String, String> PROCESS_AR = Map.of(BeneficiaryProcess.PROCESS_ID, "طلب دعم مستفيد",
			WhistleblowerProcess.PROCESS_ID, "بلاغ مخالفة");

	private static final Map<String, String> STATUS_AR = Map.of("SENT", "أُرسلت", "FAILED", "تعذّر الإرسال",
			"NOT_SENT", "لم تُرسل (لا قناة مهيأة)");

	private static final Map<String, String> ROLE_AR = Map.of("APPLICANT", "مقدّم الطلب", "REPORTER", "المبلّغ");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.forLanguageTag("ar-SA"))
		.withDecimalStyle(DecimalStyle.of(Locale.forLanguageTag("ar-SA")));

	private final CaseAccess access;

	private final HistoryService history;

	private final RepositoryService repository;

	private final IdentityService identity;

	private final CaseDocuments documents;

	private final ReporterThread thread;

	private final SentNotifications notifications;

	private final Clock clock;

	private final Map<String, Map<String, String>> activityNames = new ConcurrentHashMap<>();

	CaseFiles(CaseAccess access, HistoryService history, RepositoryService repository, IdentityService identity,
			CaseDocuments documents, ReporterThread thread, SentNotifications notifications, Clock clock) {
		this.access = access;
		this.history = history;
		this.repository = repository;
		this.identity = identity;
		this.documents = documents;
		this.thread = thread;
		this.notifications = notifications;
		this.clock = clock;
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	/** The case file of a case the reader may read ({@link CaseAccess#open} first). */
	CaseFile of(HistoricProcessInstance instance, Reader reader) {
		String number = instance.getBusinessKey();
		Map<String, String> names = new HashMap<>();
		Map<String, Object> variables = variables(instance, reader);
		List<HistoricActivityInstance> activities = this.access.asApplication(() -> this.history
			.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.list());
		List<Holder> holders = holders(instance, names);
		String stage;
		String stageAr;
		boolean ended = instance.getEndTime() != null;
		if (ended) {
			stage = instance.getEndActivityId();
			stageAr = "أُغلق: " + activityName(instance, stage);
		}
		else if (!holders.isEmpty()) {
			stage = holders.get(0).task();
			stageAr = holders.get(0).taskAr();
		}
		else {
			HistoricActivityInstance waiting = activities.stream()
				.filter(activity -> activity.getEndTime() == null && shown(activity))
				.reduce((first, second) -> second)
				.orElse(null);
			stage = waiting == null ? null : waiting.getActivityId();
			stageAr = waiting == null ? "" : activityName(instance, stage);
		}
		boolean report = WhistleblowerProcess.PROCESS_ID.equals(instance.getProcessDefinitionKey());
		return new CaseFile(number, instance.getProcessDefinitionKey(),
				PROCESS_AR.getOrDefault(instance.getProcessDefinitionKey(), instance.getProcessDefinitionKey()), ended,
				stage, stageAr, holders, summary(variables), deadlines(instance, variables, activities),
				timeline(instance, reader, activities, names), documents(number, names),
				report ? messages(number, names) : List.of(), notifications(number),
				this.access.works(instance, reader), this.access.isAuditor(instance, reader));
	}

	/** The variables the reader may read, by name (latest value). */
	Map<String, Object> variables(HistoricProcessInstance instance, Reader reader) {
		List<HistoricVariableInstance> readable = this.access.asReader(reader,
				() -> this.history.createHistoricVariableInstanceQuery()
					.processInstanceIdIn(instance.getId())
					.disableCustomObjectDeserialization()
					.list());
		Map<String, Object> variables = new LinkedHashMap<>();
		for (HistoricVariableInstance variable : readable) {
			if (variable.getTaskId() == null && !CaseLabels.HIDDEN.contains(variable.getName())) {
				variables.putIfAbsent(variable.getName(), variable.getValue());
			}
		}
		return variables;
	}

	private List<Field> summary(Map<String, Object> variables) {
		return variables.entrySet()
			.stream()
			.filter(entry -> entry.getValue() != null && !isDeadline(entry.getKey()))
			.sorted(Comparator.comparing((Map.Entry<String, Object> entry) -> CaseLabels.order(entry.getKey()))
				.thenComparing(Map.Entry::getKey))
			.map(entry -> field(entry.getKey(), entry.getValue()))
			.toList();
	}

	/** Deadlines have their own table. */
	private static boolean isDeadline(String variable) {
		return DEADLINES.values().stream().anyMatch(deadlines -> deadlines.containsKey(variable));
	}

	private Field field(String name, Object value) {
		return new Field(name, CaseLabels.of(name), text(name, value));
	}

	private String text(String name, Object value) {
		if (value instanceof Boolean yes) {
			return yes ? "نعم" : "لا";
		}
		if (value instanceof Date date) {
			return display(date.toInstant());
		}
		if (value instanceof Collection<?> many) {
			return String.join("، ", many.stream().map(item -> groupName(String.valueOf(item))).toList());
		}
		if (value instanceof String groups && (name.endsWith("Group") || name.endsWith("Groups"))) {
			return String.join("، ", java.util.Arrays.stream(groups.split(",")).map(String::strip).map(CaseFiles::groupName)
				.toList());
		}
		return CaseLabels.value(name, String.valueOf(value));
	}

	private List<Holder> holders(HistoricProcessInstance instance, Map<String, String> names) {
		List<Holder> holders = new ArrayList<>();
		for (Task task : this.access.activeTasks(instance)) {
			List<String> groups = this.access.candidates(task).stream().map(link -> link.getGroupId()).toList();
			Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
			holders.add(new Holder(task.getTaskDefinitionKey(), task.getName(), groups,
					groups.stream().map(CaseFiles::groupName).toList(), task.getAssignee(),
					fullName(task.getAssignee(), names), due, display(due)));
		}
		return holders;
	}

	private List<Deadline> deadlines(HistoricProcessInstance instance, Map<String, Object> variables,
			List<HistoricActivityInstance> activities) {
		List<Deadline> deadlines = new ArrayList<>();
		Instant now = this.clock.instant();
		DEADLINES.getOrDefault(instance.getProcessDefinitionKey(), Map.of()).forEach((variable, element) -> {
			if (!(variables.get(variable) instanceof Date date)) {
				return;
			}
			Instant due = date.toInstant();
			HistoricActivityInstance meeting = activities.stream()
				.filter(activity -> element.equals(activity.getActivityId()))
				.reduce((first, second) -> second)
				.orElse(null);
			Instant metAt = meeting != null && meeting.getEndTime() != null && !meeting.isCanceled()
					? meeting.getEndTime().toInstant() : null;
			String state = metAt != null ? (metAt.isAfter(due) ? "MISSED" : "MET") : now.isAfter(due) ? "MISSED"
					: "OPEN";
			String stateAr = switch (state) {
				case "MET" -> "تم في موعده";
				case "MISSED" -> "فات الموعد";
				default -> "مفتوح";
			};
			var local = due.atZone(this.clock.getZone()).toLocalDate();
			deadlines.add(new Deadline(variable, CaseLabels.of(variable), activityName(instance, element), due,
					HijriDates.hijriOnly(local), local.toString(), display(due), state, stateAr, metAt,
					display(metAt)));
		});
		return deadlines;
	}

	private List<Step> timeline(HistoricProcessInstance instance, Reader reader,
			List<HistoricActivityInstance> activities, Map<String, String> names) {
		List<HistoricDetail> details = this.access.asReader(reader, () -> this.history.createHistoricDetailQuery()
			.processInstanceId(instance.getId())
			.variableUpdates()
			.disableCustomObjectDeserialization()
			.orderPartiallyByOccurrence()
			.asc()
			.list());
		Map<String, List<Field>> wrote = new HashMap<>();
		String startStep = activities.stream()
			.filter(activity -> activity.getActivityType().contains("startEvent"))
			.map(HistoricActivityInstance::getId)
			.findFirst()
			.orElse(null);
		for (HistoricDetail detail : details) {
			if (!(detail instanceof HistoricVariableUpdate update) || CaseLabels.HIDDEN.contains(update.getVariableName())
					|| update.getValue() == null) {
				continue;
			}
			String step = instance.getId().equals(detail.getActivityInstanceId()) ? startStep
					: detail.getActivityInstanceId();
			if (step == null) {
				continue;
			}
			List<Field> fields = wrote.computeIfAbsent(step, key -> new ArrayList<>());
			fields.removeIf(field -> field.name().equals(update.getVariableName()));
			fields.add(field(update.getVariableName(), update.getValue()));
		}
		List<Step> steps = new ArrayList<>();
		for (HistoricActivityInstance activity : activities) {
			if (!shown(activity)) {
				continue;
			}
			Instant started = activity.getStartTime().toInstant();
			Instant ended = activity.getEndTime() == null ? null : activity.getEndTime().toInstant();
			String name = activity.getActivityName() == null ? activityName(instance, activity.getActivityId())
					: activity.getActivityName();
			steps.add(new Step(activity.getActivityId(), name, activity.getActivityType(), activity.getAssignee(),
					fullName(activity.getAssignee(), names), started, display(started), ended, display(ended),
					activity.isCanceled(), wrote.getOrDefault(activity.getId(), List.of())));
		}
		return steps;
	}

	/** Gateways and multi-instance bodies are the model's plumbing, not steps anyone took. */
	private static boolean shown(HistoricActivityInstance activity) {
		String type = activity.getActivityType();
		return type != null && !type.endsWith("Gateway") && !type.equals("multiInstanceBody");
	}

	private List<DocumentEntry> documents(String number, Map<String, String> names) {
		return this.documents.list(number)
			.stream()
			.map(entry -> new DocumentEntry(entry.ref(), entry.fileName(), entry.mediaType(), entry.sizeBytes(),
					entry.uploadedBy(), entry.uploadedBy() == null ? "عبر البوابة" : fullName(entry.uploadedBy(), names),
					entry.uploadedAt(), display(entry.uploadedAt()),
					"/api/cases/" + number + "/documents/" + entry.ref()))
			.toList();
	}

	private List<MessageEntry> messages(String number, Map<String, String> names) {
		return this.thread.of(number)
			.stream()
			.map(message -> new MessageEntry(message.fromReporter(), message.staffUser(),
					message.fromReporter() ? "المبلّغ" : fullName(message.staffUser(), names), message.text(),
					message.at(), display(message.at())))
			.toList();
	}

	private List<NotificationEntry> notifications(String number) {
		return this.notifications.about(number)
			.stream()
			.map(sent -> new NotificationEntry(sent.kind(), sent.subject(), sent.recipientRole(),
					ROLE_AR.getOrDefault(sent.recipientRole(), groupName(sent.recipientRole())), sent.status(),
					STATUS_AR.getOrDefault(sent.status(), sent.status()), sent.at(), display(sent.at())))
			.toList();
	}

	/** The BPMN name (Arabic) of an element of the instance's procedure. */
	String activityName(HistoricProcessInstance instance, String elementId) {
		if (elementId == null) {
			return "";
		}
		Map<String, String> byId = this.activityNames.computeIfAbsent(instance.getProcessDefinitionId(),
				definition -> this.access.asApplication(() -> {
					Map<String, String> found = new HashMap<>();
					for (FlowElement element : this.repository.getBpmnModelInstance(definition)
						.getModelElementsByType(FlowElement.class)) {
						if (element.getName() != null) {
							found.put(element.getId(), element.getName());
						}
					}
					return found;
				}));
		return byId.getOrDefault(elementId, elementId);
	}

	String fullName(String userId, Map<String, String> names) {
		if (userId == null) {
			return null;
		}
		return names.computeIfAbsent(userId, id -> {
			User user = this.access
				.asApplication(() -> this.identity.createUserQuery().userId(id).singleResult());
			if (user == null) {
				return id;
			}
			String name = (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), ""))
				.strip();
			return name.isEmpty() ? id : name;
		});
	}

	static String groupName(String groupId) {
		for (StaffGroup group : StaffGroup.values()) {
			if (group.id().equals(groupId)) {
				return group.arabicName();
			}
		}
		return groupId;
	}

	/** Hijri date, Gregorian date in brackets, and the time, in the association's zone; empty for no time. */
	String display(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime local = instant.atZone(this.clock.getZone());
		return HijriDates.format(local.toLocalDate()) + " " + TIME.format(local);
	}

}
