package sa.nonprofit.hail.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/**
 * The engine instances that belong to one person: support requests and data requests whose national ID is theirs
 * (written with ASCII or Arabic-Indic digits), and data requests carrying the keyed hash of it. Read from history,
 * which holds running and finished instances alike; whistleblowing reports are never looked at.
 */
@Component
class SubjectCases {

	/** One instance of the person's: its id, process, number (business key), start and end (null while running). */
	record SubjectCase(String instanceId, String process, String number, Instant started, Instant ended) {

		boolean running() {
			return this.ended == null;
		}

	}

	private final JdbcTemplate jdbc;

	private final SubjectKeys keys;

	SubjectCases(JdbcTemplate jdbc, SubjectKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * Refuses a blank or invalid ID: a support request may be registered before the caller gives one, and a blank ID
	 * would otherwise match every such request.
	 */
	List<SubjectCase> of(String nationalId) {
		String ascii = SaudiIdentifiers.normaliseDigits(nationalId);
		if (!SaudiIdentifiers.isValidNationalId(ascii)) {
			throw Refusal.invalid("رقم الهوية غير صحيح", "The national ID is not valid");
		}
		List<Object> arguments = new ArrayList<>(SubjectVariables.PROCESSES);
		arguments.add(SubjectVariables.NATIONAL_ID);
		arguments.add(ascii);
		arguments.add(arabicIndic(ascii));
		arguments.addAll(SubjectVariables.PROCESSES);
		arguments.add(SubjectVariables.SUBJECT_HASH);
		arguments.add(this.keys.of(ascii));
		Map<String, SubjectCase> cases = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT p.PROC_INST_ID_, p.PROC_DEF_KEY_, p.BUSINESS_KEY_, p.START_TIME_, p.END_TIME_
				FROM ACT_HI_PROCINST p WHERE p.PROC_INST_ID_ IN (
				  SELECT v.PROC_INST_ID_ FROM ACT_HI_VARINST v WHERE v.PROC_DEF_KEY_ IN (?, ?) AND v.NAME_ = ?
				    AND v.TEXT_ IN (?, ?)
				  UNION
				  SELECT v.PROC_INST_ID_ FROM ACT_HI_VARINST v WHERE v.PROC_DEF_KEY_ IN (?, ?) AND v.NAME_ = ?
				    AND v.TEXT_ = ?)
				ORDER BY p.START_TIME_, p.PROC_INST_ID_""", rs -> {
			cases.put(rs.getString(1), new SubjectCase(rs.getString(1), rs.getString(2), rs.getString(3),
					instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))));
		}, arguments.toArray());
		return List.copyOf(cases.values());
	}

	/** The case numbers (business keys) of these instances. */
	static List<String> numbers(Collection<SubjectCase> cases) {
		return cases.stream().map(SubjectCase::number).filter(number -> number != null).toList();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static String arabicIndic(String ascii) {
		StringBuilder result = new StringBuilder(ascii.length());
		for (char c : ascii.toCharArray()) {
			result.append(c >= '0' && c <= '9' ? (char) ('٠' + (c - '0')) : c);
		}
		return result.toString();
	}

}
