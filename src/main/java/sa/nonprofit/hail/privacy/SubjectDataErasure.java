package sa.nonprofit.hail.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.privacy.SubjectCases.SubjectCase;
import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/**
 * Erasure on request (PDPL Art. 18), in one transaction on the caller's: refused while a legal hold stands on the
 * person or one of their cases, or while one of their support requests is still open (it is decided or withdrawn
 * first: a live process needs its data); the person's other open data requests, which anyone may file, end with the
 * erasure instead of holding it up; otherwise the engine's tables ({@link EngineErasure}) and ours
 * ({@link CaseRecordsErasure}) lose the person's data and keep what counts.
 */
@Service
class SubjectDataErasure implements SubjectErasure {

	/** The deletion reason of a data request ended by its subject's erasure (shown in Cockpit's history). */
	static final String ENDED_BY_ERASURE = "أُنهي الطلب لإتلاف بيانات صاحب الهوية — ended: the subject's data was erased";

	private final SubjectCases cases;

	private final SubjectKeys keys;

	private final LegalHolds holds;

	private final EngineErasure engineTables;

	private final CaseRecordsErasure caseRecords;

	private final PrivacyLog log;

	private final JdbcTemplate jdbc;

	private final IdentityService identity;

	private final EngineAsSystem engine;

	private final DataRequestAccessCodes codes;

	private final RuntimeService runtime;

	SubjectDataErasure(SubjectCases cases, SubjectKeys keys, LegalHolds holds, EngineErasure engineTables,
			CaseRecordsErasure caseRecords, PrivacyLog log, JdbcTemplate jdbc, IdentityService identity,
			EngineAsSystem engine, DataRequestAccessCodes codes, RuntimeService runtime) {
		this.codes = codes;
		this.runtime = runtime;
		this.cases = cases;
		this.keys = keys;
		this.holds = holds;
		this.engineTables = engineTables;
		this.caseRecords = caseRecords;
		this.log = log;
		this.jdbc = jdbc;
		this.identity = identity;
		this.engine = engine;
	}

	/*
	 * A refusal leaves the caller's transaction usable: it comes before anything is written, and the data request's
	 * erasure step turns it into a BPMN error in the same transaction as the job that ran it.
	 */
	@Override
	@Transactional(noRollbackFor = Refusal.class)
	public Erasure erase(String nationalId, String dataRequestInstanceId) {
		String id = SaudiIdentifiers.normaliseDigits(nationalId);
		if (!SaudiIdentifiers.isValidNationalId(id)) {
			throw Refusal.invalid("رقم الهوية غير صحيح", "The national ID is not valid");
		}
		String user = currentUser();
		return this.engine.call(() -> {
			String hash = this.keys.of(id);
			List<SubjectCase> all = this.cases.of(id);
			if (this.holds.holds(hash, SubjectCases.numbers(all))) {
				throw heldRefusal();
			}
			List<SubjectCase> erased = all.stream()
				.filter(found -> !found.instanceId().equals(dataRequestInstanceId))
				.toList();
			for (SubjectCase found : erased) {
				if (found.running() && !SubjectVariables.DATA_REQUEST_PROCESS.equals(found.process())) {
					throw Refusal.conflict("الطلب رقم " + found.number()
							+ " ما زال قيد المعالجة: يُبتّ فيه أو يُسحب قبل إتلاف البيانات",
							"Case " + found.number() + " is still open: decide or withdraw it before the erasure");
				}
			}
			endOpenDataRequests(erased);
			List<String> instances = erased.stream().map(SubjectCase::instanceId).toList();
			List<String> numbers = SubjectCases.numbers(erased);
			List<String> names = names(instances);
			long documents = this.caseRecords.documents(numbers);
			long notifications = this.caseRecords.notifications(numbers);
			// an erased request's tracking code would open an empty or, worse, someone else's file: it goes too
			this.codes.revoke(SubjectCases.numbers(erased.stream()
				.filter(found -> SubjectVariables.DATA_REQUEST_PROCESS.equals(found.process()))
				.toList()));
			AfterEngineFlush.run(() -> {
				this.engineTables.erase(instances);
				this.caseRecords.erase(numbers, names, id);
			});
			this.log.record(hash, user, PrivacyLog.Action.ERASE, numberOf(dataRequestInstanceId));
			return new Erasure(instances.size(), documents, notifications);
		});
	}

	@Override
	@Transactional(noRollbackFor = Refusal.class)
	public void forgetRequester(String dataRequestInstanceId) {
		String user = currentUser();
		this.engine.call(() -> {
			String number = numberOf(dataRequestInstanceId);
			String process = this.jdbc.queryForList("SELECT PROC_DEF_KEY_ FROM ACT_HI_PROCINST WHERE PROC_INST_ID_ = ?",
					String.class, dataRequestInstanceId).stream().findFirst().orElse(null);
			if (!SubjectVariables.DATA_REQUEST_PROCESS.equals(process)) {
				throw Refusal.notFound("لا يوجد طلب بيانات بهذا المعرّف", "There is no such data request");
			}
			String hash = text(dataRequestInstanceId, SubjectVariables.SUBJECT_HASH);
			String nationalId = SaudiIdentifiers.normaliseDigits(text(dataRequestInstanceId, SubjectVariables.NATIONAL_ID));
			if (hash == null && !nationalId.isEmpty()) {
				hash = this.keys.of(nationalId);
			}
			List<String> numbers = number == null ? List.of() : List.of(number);
			if (this.holds.holds(hash, numbers)) {
				throw heldRefusal();
			}
			List<String> names = names(List.of(dataRequestInstanceId));
			AfterEngineFlush.run(() -> {
				this.engineTables.erase(List.of(dataRequestInstanceId));
				this.caseRecords.erase(numbers, names, nationalId);
			});
			this.log.record(hash == null ? "" : hash, user, PrivacyLog.Action.FORGET, number);
			return null;
		});
	}

	/*
	 * Anyone may file a data request with someone's national ID: an open one must not hold up that person's erasure.
	 * It ends with it (there is nothing left to give or change), its tracking code revoked like a finished one's.
	 */
	private void endOpenDataRequests(List<SubjectCase> erased) {
		for (SubjectCase found : erased) {
			if (found.running() && SubjectVariables.DATA_REQUEST_PROCESS.equals(found.process())) {
				this.runtime.deleteProcessInstance(found.instanceId(), ENDED_BY_ERASURE, true, true, true);
			}
		}
	}

	private static Refusal heldRefusal() {
		return Refusal.conflict("يوجد حجز نظامي على بيانات هذا الشخص أو أحد طلباته: لا تُتلف حتى يُرفع الحجز",
				"A legal hold stands on this person or one of their cases: nothing is erased until it is lifted");
	}

	/** The person's name as their cases hold it (both processes call it alike), for the notices' subjects. */
	private List<String> names(List<String> instances) {
		List<String> names = new ArrayList<>();
		for (String instance : instances) {
			names.add(text(instance, BeneficiaryProcess.Variables.APPLICANT_NAME));
			names.add(text(instance, "name"));
		}
		return names.stream().filter(Objects::nonNull).distinct().toList();
	}

	private String text(String instance, String variable) {
		return this.jdbc.queryForList("SELECT TEXT_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? AND NAME_ = ?",
				String.class, instance, variable).stream().filter(Objects::nonNull).findFirst().orElse(null);
	}

	private String numberOf(String instance) {
		if (instance == null) {
			return null;
		}
		return this.jdbc.queryForList("SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_INST_ID_ = ?",
				String.class, instance).stream().findFirst().orElse(null);
	}

	/** The engine's user (a task completed in Tasklist), else the staff API's. */
	private String currentUser() {
		Authentication current = this.identity.getCurrentAuthentication();
		if (current != null) {
			return current.getUserId();
		}
		var signedIn = SecurityContextHolder.getContext().getAuthentication();
		return signedIn == null ? null : signedIn.getName();
	}

}
