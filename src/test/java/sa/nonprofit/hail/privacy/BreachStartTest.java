package sa.nonprofit.hail.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.nonprofit.hail.privacy.DataBreachProcess.Variables;
import sa.nonprofit.hail.support.ApplicationTest;
import sa.nonprofit.hail.support.Http;

/**
 * Any member of staff reports a breach the way Tasklist's start form does (submit-form over the engine REST API): the
 * start form is theirs to open, a moment of awareness in the future is refused in Arabic and English with nothing
 * started, and once started the breach is the officer's alone: the reporter reads neither it nor its register.
 */
@ApplicationTest
class BreachStartTest {

	private static final String START = "/engine-rest/process-definition/key/" + DataBreachProcess.PROCESS_ID;

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final String PASSWORD = "demo";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@ParameterizedTest
	@ValueSource(strings = { "relations1", "researcher1", "committee1", "auditor1", "violations1", "chair1",
			"vicechair1", "director1", "dpo1" })
	void everyStaffGroupReportsABreachFromTasklistAndOnlyTheOfficerSeesIt(String user) throws Exception {
		Http http = new Http(this.port);
		assertThat(http.get(START + "/deployed-start-form", user, PASSWORD).statusCode()).as(user)
			.isEqualTo(200);
		String now = LocalDateTime.now(ZoneId.of("Asia/Riyadh")).format(TYPED);
		String future = LocalDateTime.now(ZoneId.of("Asia/Riyadh")).plusHours(2).format(TYPED);
		long before = count();

		HttpResponse<String> refused = http.postJson(START + "/submit-form", form(future), user, PASSWORD);
		assertThat(refused.statusCode()).as(user).isEqualTo(400);
		assertThat(refused.body()).contains("لا يكون في المستقبل").contains("cannot be in the future");
		assertThat(count()).isEqualTo(before);

		HttpResponse<String> started = http.postJson(START + "/submit-form", form(now), user, PASSWORD);
		assertThat(started.statusCode()).as(user + ": " + started.body()).isEqualTo(200);
		assertThat(count()).isEqualTo(before + 1);
		ProcessInstance breach = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(DataBreachProcess.PROCESS_ID).orderByProcessInstanceId().desc().list().stream()
			.filter(instance -> user.equals(this.runtime.getVariable(instance.getId(), Variables.REPORTED_BY)))
			.findFirst().orElseThrow();
		assertThat(breach.getBusinessKey()).matches("DB-\\d{4}-[0-9A-Z]{8}");

		boolean officer = user.equals("dpo1");
		for (String read : List.of("/engine-rest/process-instance/" + breach.getId(),
				"/engine-rest/history/process-instance/" + breach.getId(),
				"/engine-rest/process-instance/" + breach.getId() + "/variables")) {
			assertThat(http.get(read, user, PASSWORD).statusCode()).as(user + " " + read)
				.isEqualTo(officer ? 200 : 404);
		}
		assertThat(http.get("/engine-rest/task?processInstanceId=" + breach.getId(), user, PASSWORD).body())
			.as(user).isEqualTo(officer ? http.get("/engine-rest/task?processInstanceId=" + breach.getId(), "dpo1",
					PASSWORD).body() : "[]");
		boolean readsRegister = officer || user.equals("chair1");
		assertThat(http.get("/api/privacy/breaches", user, PASSWORD).statusCode()).as(user)
			.isEqualTo(readsRegister ? 200 : 403);
		this.runtime.deleteProcessInstance(breach.getId(), "test");
	}

	private long count() {
		return this.history.createHistoricProcessInstanceQuery().processDefinitionKey(DataBreachProcess.PROCESS_ID)
			.count();
	}

	private static String form(String awareAt) {
		return """
				{"variables": {
				  "breachDescription": {"value": "أُرسل ملف فيه أسماء المستفيدين إلى جهة خاطئة", "type": "String"},
				  "awareAt": {"value": "%s", "type": "String"},
				  "discoveryMethod": {"value": "أبلغتنا الجهة المستلمة", "type": "String"}}}"""
			.formatted(awareAt);
	}

}
