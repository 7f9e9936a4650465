package sa.nonprofit.hail.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.notification.Recipient;
import sa.nonprofit.hail.system.CaseNumbers;
import sa.nonprofit.hail.system.FieldProblem;
import sa.nonprofit.hail.system.SaudiIdentifiers;
import sa.nonprofit.hail.whistleblowing.ReporterContacts;

/**
 * The people a breach affected, as the officer names them, one a line: a support request or data request number
 * ({@code BR-…}, {@code DR-…}), a whistleblowing report number ({@code WB-…}) or a national ID. Each is turned into
 * the person's contact on file here, at sending time, and never written into the breach: a beneficiary's mobile and
 * e-mail from their latest case, a reporter's from {@link ReporterContacts}, which the officer never sees. A person
 * named twice (by ID and by a case number) is told once.
 */
@Component
class BreachAffectedPeople {

	/** One person to tell: the reference their message is recorded under and how to reach them, if at all. */
	record Target(String reference, Optional<Recipient> recipient) {
	}

	static final String REPORTER = "REPORTER";

	private static final Pattern CASE_NUMBER = Pattern.compile("(BR|DR)-\\d{4}-\\d{6}");

	private static final Pattern REPORT_NUMBER = Pattern.compile("WB-\\d{4}-[0-9A-Z]{8}");

	/** A number as typed, with or without its dashes, in any digits: its two parts after the prefix. */
	private static final Pattern TYPED_NUMBER = Pattern.compile("(BR|DR|WB)(\\d{4})([0-9A-Z]{6,8})");

	private final JdbcTemplate jdbc;

	private final SubjectCases cases;

	private final ReporterContacts reporters;

	BreachAffectedPeople(JdbcTemplate jdbc, SubjectCases cases, ReporterContacts reporters) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.reporters = reporters;
	}

	/**
	 * The lines, blank ones dropped, each in its one written form: a number with its dashes ({@code BR-2026-000123})
	 * and ASCII digits whichever way it was typed, an ID in ASCII digits; anything else as typed.
	 */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\\R")) {
				String typed = line.strip();
				String compact = SaudiIdentifiers.normaliseDigits(typed).toUpperCase();
				Matcher number = TYPED_NUMBER.matcher(compact);
				if (number.matches()) {
					lines.add(number.group(1) + "-" + number.group(2) + "-" + number.group(3));
				}
				else if (SaudiIdentifiers.isValidNationalId(compact)) {
					lines.add(compact);
				}
				else if (!typed.isEmpty()) {
					lines.add(typed);
				}
			}
		}
		return lines;
	}

	/**
	 * What is wrong with the list: a line that is no number or ID, or a support or data request number that does not
	 * exist. A report number is only checked for its form, so that the list never confirms that a report exists.
	 */
	List<FieldProblem> problems(String text) {
		List<String> wrong = new ArrayList<>();
		for (String line : lines(text)) {
			boolean valid = CASE_NUMBER.matcher(line).matches() ? instanceOf(line).isPresent()
					: REPORT_NUMBER.matcher(line).matches() ? CaseNumbers.hasValidCheck(line)
							: SaudiIdentifiers.isValidNationalId(line);
			if (!valid) {
				wrong.add(line);
			}
		}
		if (wrong.isEmpty()) {
			return List.of();
		}
		String listed = String.join("، ", wrong);
		return List.of(new FieldProblem(DataBreachProcess.Variables.AFFECTED_PEOPLE,
				"أسطر غير صحيحة أو أرقام غير موجودة في قائمة المتأثرين: " + listed
						+ ". اكتب في كل سطر رقم طلب (BR-…) أو طلب بيانات (DR-…) أو بلاغ (WB-…) أو رقم هوية",
				"Lines that are not valid or name no existing case in the list of people affected: "
						+ String.join(", ", wrong)));
	}

	/** One target per person named. */
	List<Target> targets(String text) {
		Map<String, Target> people = new LinkedHashMap<>();
		for (String line : lines(text)) {
			if (REPORT_NUMBER.matcher(line).matches()) {
				people.putIfAbsent(line, new Target(line, this.reporters.find(line)
					.map(contact -> new Recipient(REPORTER, null, contact.mobile(), contact.email()))));
			}
			else if (CASE_NUMBER.matcher(line).matches()) {
				Optional<String> instance = instanceOf(line);
				String nationalId = instance.flatMap(id -> text(id, BeneficiaryProcess.Variables.NATIONAL_ID)).orElse(null);
				if (nationalId != null && SaudiIdentifiers.isValidNationalId(SaudiIdentifiers.normaliseDigits(nationalId))) {
					String ascii = SaudiIdentifiers.normaliseDigits(nationalId);
					people.putIfAbsent(ascii, person(ascii));
				}
				else {
					people.putIfAbsent(line, new Target(null, instance.flatMap(this::contactOf)));
				}
			}
			else {
				people.putIfAbsent(line, person(line));
			}
		}
		return List.copyOf(people.values());
	}

	/** The person's contact from their most recent support or data request that still holds one. */
	private Target person(String nationalId) {
		List<SubjectCases.SubjectCase> found = new ArrayList<>(this.cases.of(nationalId));
		Collections.reverse(found);
		for (SubjectCases.SubjectCase one : found) {
			Optional<Recipient> contact = contactOf(one.instanceId());
			if (contact.isPresent()) {
				return new Target(null, contact);
			}
		}
		return new Target(null, Optional.empty());
	}

	private Optional<Recipient> contactOf(String instanceId) {
		String mobile = text(instanceId, BeneficiaryProcess.Variables.MOBILE)
			.flatMap(SaudiIdentifiers::normaliseMobile)
			.orElse(null);
		String email = text(instanceId, BeneficiaryProcess.Variables.EMAIL).orElse(null);
		if (mobile == null && email == null) {
			return Optional.empty();
		}
		String name = text(instanceId, BeneficiaryProcess.Variables.APPLICANT_NAME).orElse(null);
		return Optional.of(Recipient.applicant(name, mobile, email));
	}

	private Optional<String> instanceOf(String number) {
		return this.jdbc
			.queryForList("SELECT PROC_INST_ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ? AND PROC_DEF_KEY_ IN (?, ?)",
					String.class, number, BeneficiaryProcess.PROCESS_ID, DataSubjectProcess.PROCESS_ID)
			.stream()
			.findFirst();
	}

	private Optional<String> text(String instanceId, String name) {
		return this.jdbc
			.queryForList("SELECT TEXT_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? AND NAME_ = ?", String.class,
					instanceId, name)
			.stream()
			.filter(value -> value != null && !value.isBlank())
			.findFirst();
	}

}
