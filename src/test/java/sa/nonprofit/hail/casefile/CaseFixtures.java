package sa.nonprofit.hail.casefile;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.support.AsyncSteps;
import sa.nonprofit.hail.whistleblowing.AccusedRole;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Elements;
import sa.nonprofit.hail.whistleblowing.WhistleblowerProcess.Variables;

/** Cases for the case-file tests, taken through the engine as staff would, each step claimed by its worker. */
final class CaseFixtures {

	/** The smallest file whose first bytes say PDF. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private final ProcessEngine engine;

	CaseFixtures(ProcessEngine engine) {
		this.engine = engine;
	}

	ProcessInstance report(AccusedRole accused, String marker) {
		ProcessInstance report = this.engine.getRuntimeService()
			.startProcessInstanceByKey(WhistleblowerProcess.PROCESS_ID,
					Map.of(Variables.CHANNEL, "PHONE", Variables.CATEGORY, "FINANCIAL", Variables.ACCUSED_ROLE,
							accused.name(), Variables.DESCRIPTION, "بلاغ " + marker));
		runAsyncSteps(report.getId());
		return report;
	}

	/** A report against an employee, investigated and waiting for the chair's ratification. */
	ProcessInstance reportAtChairApproval(String marker) {
		ProcessInstance report = report(AccusedRole.EMPLOYEE, marker);
		complete(report.getId(), Elements.ACKNOWLEDGE, "auditor1",
				Map.of(Variables.ACKNOWLEDGEMENT_METHOD, "PHONE"));
		complete(report.getId(), Elements.NOTIFY_LEADERSHIP, "auditor1",
				Map.of(Variables.LEADERSHIP_BRIEFING, "إحاطة " + marker));
		complete(report.getId(), Elements.PRELIMINARY_REVIEW, "auditor1",
				Map.of(Variables.REVIEW_OUTCOME, "INVESTIGATE", Variables.REVIEW_NOTES, "ملاحظات " + marker));
		complete(report.getId(), Elements.INVESTIGATION, "violations1",
				Map.of(Variables.COMMITTEE_FINDINGS, "نتائج " + marker, Variables.COMMITTEE_RECOMMENDATION,
						"توصية " + marker));
		return report;
	}

	/** A support request waiting for beneficiary relations to verify it. */
	ProcessInstance request(String applicantName) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(BeneficiaryProcess.Variables.APPLICANT_NAME, applicantName);
		variables.put(BeneficiaryProcess.Variables.NATIONAL_ID, nationalId());
		variables.put(BeneficiaryProcess.Variables.MOBILE, "0512345678");
		variables.put(BeneficiaryProcess.Variables.CHANNEL, "WEBSITE");
		variables.put(BeneficiaryProcess.Variables.SUPPORT_TYPE, "AWARENESS");
		variables.put(BeneficiaryProcess.Variables.REQUEST_DETAILS, "برنامج توعوي");
		ProcessInstance request = this.engine.getRuntimeService()
			.startProcessInstanceByKey(BeneficiaryProcess.PROCESS_ID, variables);
		runAsyncSteps(request.getId());
		return request;
	}

	/** Claims the task as its worker, as Tasklist does, and completes it. */
	void complete(String instance, String activity, String user, Map<String, Object> variables) {
		TaskService tasks = this.engine.getTaskService();
		Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).singleResult();
		tasks.claim(task.getId(), user);
		tasks.complete(task.getId(), variables);
		runAsyncSteps(instance);
	}

	/** The job executor is off in tests: run the asynchronous steps, never the timers. */
	void runAsyncSteps(String instance) {
		AsyncSteps.run(this.engine, instance);
	}

	/** A random valid national ID (ten digits, first 1, Luhn sum a multiple of ten). */
	static String nationalId() {
		int[] digits = new int[10];
		digits[0] = 1;
		for (int i = 1; i < 9; i++) {
			digits[i] = ThreadLocalRandom.current().nextInt(10);
		}
		for (int check = 0; check < 10; check++) {
			digits[9] = check;
			int sum = 0;
			for (int i = 0; i < 10; i++) {
				int digit = digits[i];
				if (i % 2 == 0) {
					digit *= 2;
					if (digit > 9) {
						digit -= 9;
					}
				}
				sum += digit;
			}
			if (sum % 10 == 0) {
				break;
			}
		}
		StringBuilder id = new StringBuilder();
		for (int digit : digits) {
			id.append(digit);
		}
		return id.toString();
	}

	/** A multipart body with one part {@code file}. */
	static byte[] multipart(String boundary, String fileName, String type, byte[] content) {
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return body;
	}

}
