package sa.nonprofit.hail.privacy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Elements;
import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.support.AsyncSteps;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/** One person's cases for the privacy tests, taken through the engine as staff would (the job executor is off). */
final class SubjectFixtures {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	/** One person: national ID, name, mobile (as typed) and e-mail. */
	record Person(String nationalId, String name, String mobile, String email) {

		static Person random() {
			String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 9999));
			return new Person(SubjectFixtures.nationalId(), "هيفاء ممدوح القحطاني" + suffix,
					"05" + (ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)),
					"haifa" + suffix + "@example.sa");
		}

	}

	private final ProcessEngine engine;

	SubjectFixtures(ProcessEngine engine) {
		this.engine = engine;
	}

	/** A support request of the person's, waiting for verification. */
	ProcessInstance request(Person person, String details) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(Variables.APPLICANT_NAME, person.name());
		variables.put(Variables.NATIONAL_ID, person.nationalId());
		variables.put(Variables.MOBILE, person.mobile());
		variables.put(Variables.EMAIL, person.email());
		variables.put(Variables.CHANNEL, "INTERVIEW");
		variables.put(Variables.SUPPORT_TYPE, "NUTRITION_CONSULTATION");
		variables.put(Variables.REQUEST_DETAILS, details);
		ProcessInstance request = this.engine.getRuntimeService()
			.startProcessInstanceByKey(BeneficiaryProcess.PROCESS_ID, variables);
		runAsyncSteps(request.getId());
		return request;
	}

	/** Verified, declared and before the committee. */
	void toCommittee(String instance) {
		toCommittee(instance, "مطابق");
	}

	/** Verified with these notes (a long text is kept in the engine's byte arrays), declared, before the committee. */
	void toCommittee(String instance, String verificationNotes) {
		complete(instance, Elements.VERIFY, "relations1", Map.of(Variables.VERIFICATION_OUTCOME, "VERIFIED",
				Variables.VERIFICATION_NOTES, verificationNotes));
		complete(instance, Elements.DECLARATION, "relations1",
				Map.of(Variables.DECLARATION_SIGNED, true, Variables.DECLARATION_METHOD, "ELECTRONIC_SIGNATURE"));
	}

	/** Rejected by the committee, with a reason naming the person: the request ends. */
	void reject(String instance, String reason) {
		toCommittee(instance);
		complete(instance, Elements.COMMITTEE_DECISION, "committee1",
				Map.of(Variables.COMMITTEE_DECISION, "REJECTED", Variables.DECISION_REASON, reason));
	}

	/** Accepted, registered, served: waiting for the survey answer. */
	void serve(String instance, String verificationNotes) {
		toCommittee(instance, verificationNotes);
		complete(instance, Elements.COMMITTEE_DECISION, "committee1",
				Map.of(Variables.COMMITTEE_DECISION, "ACCEPTED", Variables.DECISION_REASON, "مستوفٍ للشروط"));
		complete(instance, Elements.REGISTRATION, "relations1", Map.of(Variables.BENEFICIARY_FILE_NUMBER, "F-77"));
		complete(instance, Elements.DELIVER_SERVICE, "relations1", Map.of(Variables.SERVICE_DELIVERED, "استشارة"));
	}

	/** The survey token of a served request. */
	String surveyToken(String instance) {
		return (String) this.engine.getRuntimeService().getVariable(instance, Variables.SURVEY_TOKEN);
	}

	/** A comment on the request's open task, as Tasklist writes one. */
	void comment(String instance, String text) {
		Task task = this.engine.getTaskService().createTaskQuery().processInstanceId(instance).list().get(0);
		this.engine.getTaskService().createComment(task.getId(), instance, text);
	}

	/**
	 * A destruction request of the person's, as the officer records one made in person: the DataSubjectRequestProcess
	 * with the variables its start form gives (its start listener checks them and adds the keyed hash of the national
	 * ID), the receipt sent, waiting for the identity check.
	 */
	ProcessInstance dataRequest(Person person, String details) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(DataSubjectProcess.Variables.CHANNEL, DataSubjectProcess.Channel.IN_PERSON.name());
		variables.put(DataSubjectProcess.Variables.REQUEST_TYPE, DataSubjectProcess.RequestType.DESTRUCTION.name());
		variables.put(DataSubjectProcess.Variables.NATIONAL_ID, person.nationalId());
		variables.put(DataSubjectProcess.Variables.MOBILE, person.mobile());
		variables.put(DataSubjectProcess.Variables.EMAIL, person.email());
		variables.put(DataSubjectProcess.Variables.DETAILS, details);
		ProcessInstance request = this.engine.getRuntimeService()
			.startProcessInstanceByKey(DataSubjectProcess.PROCESS_ID, variables);
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

	/** Runs the asynchronous steps (notifications), never the timers. */
	void runAsyncSteps(String instance) {
		AsyncSteps.run(this.engine, instance);
	}

	/** A random valid national ID. */
	static String nationalId() {
		while (true) {
			String base = "1" + (ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
			for (int check = 0; check < 10; check++) {
				if (SaudiIdentifiers.isValidNationalId(base + check)) {
					return base + check;
				}
			}
		}
	}

}
