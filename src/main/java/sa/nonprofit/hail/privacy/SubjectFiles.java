package sa.nonprofit.hail.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.nonprofit.hail.documents.CaseDocuments;
import sa.nonprofit.hail.notification.Recipient;
import sa.nonprofit.hail.privacy.SubjectCases.SubjectCase;
import sa.nonprofit.hail.privacy.SubjectFile.Entry;
import sa.nonprofit.hail.privacy.SubjectFile.Section;

/**
 * Everything held about a person, gathered from the engine's history (which holds running instances too) and our
 * tables: each support request with its comments, its survey answer, its documents (metadata and ref, never the
 * bytes), the notifications sent about it, and what was done with the data requests filed with their ID. Never a
 * whistleblowing report, the application's bookkeeping or the officers' notes on a data request.
 */
@Service
class SubjectFiles implements SubjectRecords {

	static final String SUPPORT_REQUEST = "SUPPORT_REQUEST";

	static final String SURVEY_ANSWER = "SURVEY_ANSWER";

	static final String COMMENT = "COMMENT";

	static final String DOCUMENT = "DOCUMENT";

	static final String NOTIFICATION = "NOTIFICATION";

	static final String DATA_REQUEST = "DATA_REQUEST";

	private final SubjectCases cases;

	private final HistoryService history;

	private final TaskService tasks;

	private final CaseDocuments documents;

	private final JdbcTemplate jdbc;

	private final EngineAsSystem engine;

	private final Clock clock;

	SubjectFiles(SubjectCases cases, HistoryService history, TaskService tasks, CaseDocuments documents,
			JdbcTemplate jdbc, EngineAsSystem engine, Clock clock) {
		this.cases = cases;
		this.history = history;
		this.tasks = tasks;
		this.documents = documents;
		this.jdbc = jdbc;
		this.engine = engine;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public SubjectFile gather(String nationalId) {
		return this.engine.call(() -> {
			List<Section> sections = new ArrayList<>();
			for (SubjectCase found : this.cases.of(nationalId)) {
				sections.addAll(sectionsOf(found));
			}
			return new SubjectFile(this.clock.instant(), List.copyOf(sections));
		});
	}

	private List<Section> sectionsOf(SubjectCase found) {
		if (SubjectVariables.DATA_REQUEST_PROCESS.equals(found.process())) {
			return List.of(dataRequest(found));
		}
		List<Section> sections = new ArrayList<>();
		List<Entry> data = dates(found);
		List<Entry> survey = new ArrayList<>();
		for (HistoricVariableInstance variable : variables(found)) {
			if (!SubjectVariables.shownToThePerson(variable.getName())) {
				continue;
			}
			Entry entry = new Entry(SubjectVariables.label(variable.getName()), variable.getName(),
					text(variable.getValue()));
			(SubjectVariables.SURVEY.contains(variable.getName()) ? survey : data).add(entry);
		}
		sections.add(new Section(SUPPORT_REQUEST, found.number(), "طلب دعم " + found.number(), List.copyOf(data)));
		if (!survey.isEmpty()) {
			sections.add(new Section(SURVEY_ANSWER, found.number(), "إجابة استبانة الرضا عن الطلب " + found.number(),
					List.copyOf(survey)));
		}
		List<Comment> comments = this.tasks.getProcessInstanceComments(found.instanceId());
		for (Comment comment : comments) {
			sections.add(new Section(COMMENT, found.number(), "ملاحظة على الطلب " + found.number(),
					List.of(new Entry("التاريخ", "time", text(comment.getTime())),
							new Entry("الملاحظة", "message", comment.getFullMessage()))));
		}
		if (found.number() != null) {
			for (CaseDocuments.Entry document : this.documents.list(found.number())) {
				sections.add(new Section(DOCUMENT, found.number(), "مستند مرفق بالطلب " + found.number(),
						List.of(new Entry("اسم الملف", "fileName", document.fileName()),
								new Entry("نوع الملف", "mediaType", document.mediaType()),
								new Entry("الحجم بالبايت", "sizeBytes", String.valueOf(document.sizeBytes())),
								new Entry("تاريخ الإرفاق", "uploadedAt", text(document.uploadedAt())),
								new Entry("مرجع المستند", "ref", document.ref()))));
			}
			sections.addAll(notifications(found.number()));
		}
		return sections;
	}

	/*
	 * Anyone may file a data request with someone's national ID: its section shows what the association did with it
	 * (number, dates, type, decision and its reason), never the filer's contact or words, nor the officer's notes or
	 * the keyed hash; its notices and comments are the filer's and the officer's, not the person's.
	 */
	private Section dataRequest(SubjectCase found) {
		List<Entry> entries = dates(found);
		for (HistoricVariableInstance variable : variables(found)) {
			String name = variable.getName();
			if (SubjectVariables.DATA_REQUEST_RECORD.contains(name)) {
				entries.add(new Entry(SubjectVariables.label(name), name,
						SubjectVariables.choiceName(name, text(variable.getValue()))));
			}
		}
		return new Section(DATA_REQUEST, found.number(), "طلب بشأن البيانات الشخصية " + found.number(),
				List.copyOf(entries));
	}

	private List<Entry> dates(SubjectCase found) {
		List<Entry> data = new ArrayList<>();
		data.add(new Entry("تاريخ الاستلام", "startTime", text(found.started())));
		if (found.ended() != null) {
			data.add(new Entry("تاريخ الإغلاق", "endTime", text(found.ended())));
		}
		return data;
	}

	private List<HistoricVariableInstance> variables(SubjectCase found) {
		return this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(found.instanceId())
			.disableCustomObjectDeserialization()
			.list()
			.stream()
			.sorted(Comparator.comparingInt((HistoricVariableInstance v) -> SubjectVariables.order(v.getName()))
				.thenComparing(HistoricVariableInstance::getName))
			.toList();
	}

	private List<Section> notifications(String number) {
		return this.jdbc.query("""
				SELECT created_at, kind, recipient_role, recipient_name, recipient_mobile, recipient_email, subject,
				  body, status FROM app_notification WHERE reference = ? ORDER BY seq""", (rs, row) -> {
			List<Entry> entries = new ArrayList<>();
			entries.add(new Entry("التاريخ", "created_at", text(rs.getTimestamp(1))));
			entries.add(new Entry("نوع الإشعار", "kind", rs.getString(2)));
			entries.add(new Entry("المرسل إليه", "recipient_role", recipient(rs.getString(3))));
			addIfPresent(entries, "اسم المستلم", "recipient_name", rs.getString(4));
			addIfPresent(entries, "جوال المستلم", "recipient_mobile", rs.getString(5));
			addIfPresent(entries, "بريد المستلم", "recipient_email", rs.getString(6));
			entries.add(new Entry("العنوان", "subject", rs.getString(7)));
			addIfPresent(entries, "نص الرسالة", "body", rs.getString(8));
			entries.add(new Entry("الحالة", "status", rs.getString(9)));
			return new Section(NOTIFICATION, number, "إشعار بشأن الطلب " + number, List.copyOf(entries));
		}, number);
	}

	private static String recipient(String role) {
		return Recipient.APPLICANT.equals(role) ? "صاحب الطلب" : "الموظفون المختصون";
	}

	private static void addIfPresent(List<Entry> entries, String label, String source, String value) {
		if (value != null && !value.isEmpty()) {
			entries.add(new Entry(label, source, value));
		}
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private String text(Object value) {
		if (value == null) {
			return "";
		}
		ZoneId zone = this.clock.getZone();
		if (value instanceof Timestamp timestamp) {
			return TIME.format(timestamp.toInstant().atZone(zone));
		}
		if (value instanceof Date date) {
			return TIME.format(date.toInstant().atZone(zone));
		}
		if (value instanceof Instant instant) {
			return TIME.format(instant.atZone(zone));
		}
		if (value instanceof Boolean yes) {
			return yes ? "نعم" : "لا";
		}
		return String.valueOf(value);
	}

}
