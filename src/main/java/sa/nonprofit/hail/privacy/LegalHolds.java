package sa.nonprofit.hail.privacy;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/**
 * Legal holds (PDPL Art. 18): a case is pending or a law sets a period, so a person's data, or one case's, must be
 * kept. While a hold stands, an erasure is refused and the retention purge passes the data by; placing one also
 * takes the held instances out of the engine's own history cleanup ({@link RemovalTimes}).
 */
@Service
public class LegalHolds {

	static final int MAX_REASON = 500;

	/** One hold; {@code subjectHash} and/or {@code caseNumber}; lifted, and why, when {@code liftedAt} is set. */
	public record Hold(long id, String subjectHash, String caseNumber, String reason, String placedBy,
			Instant placedAt, String liftedBy, Instant liftedAt, String liftReason) {

		public boolean active() {
			return this.liftedAt == null;
		}

	}

	private final JdbcTemplate jdbc;

	private final SubjectKeys keys;

	private final SubjectCases cases;

	private final RemovalTimes removalTimes;

	private final Clock clock;

	LegalHolds(JdbcTemplate jdbc, SubjectKeys keys, SubjectCases cases, RemovalTimes removalTimes, Clock clock) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.cases = cases;
		this.removalTimes = removalTimes;
		this.clock = clock;
	}

	/** Places a hold on a person (by national ID, kept only as its hash), a case number, or both. */
	@Transactional
	public Hold place(String nationalId, String caseNumber, String reason, String userId) {
		String id = nationalId == null || nationalId.isBlank() ? null : SaudiIdentifiers.normaliseDigits(nationalId);
		String number = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip();
		if (id == null && number == null) {
			throw Refusal.invalid("اذكر رقم الهوية أو رقم الطلب المشمول بالحجز",
					"Name the national ID or the case number the hold covers");
		}
		if (id != null && !SaudiIdentifiers.isValidNationalId(id)) {
			throw Refusal.invalid("رقم الهوية غير صحيح", "The national ID is not valid");
		}
		if (number != null && number.length() > 40) {
			throw Refusal.invalid("رقم الطلب أطول من ٤٠ حرفًا", "The case number is longer than 40 characters");
		}
		if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
			throw Refusal.invalid("سبب الحجز مطلوب (٥٠٠ حرف على الأكثر) دون ذكر اسم الشخص",
					"The reason for the hold is required (500 characters at most), without the person's name");
		}
		String hash = id == null ? null : this.keys.of(id);
		Instant now = this.clock.instant();
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO app_legal_hold (subject_hash, case_number, reason, placed_by, placed_at)
					VALUES (?, ?, ?, ?, ?)""", new String[] { "id" });
			insert.setString(1, hash);
			insert.setString(2, number);
			insert.setString(3, reason.strip());
			insert.setString(4, userId);
			insert.setTimestamp(5, Timestamp.from(now));
			return insert;
		}, key);
		List<String> instances = new ArrayList<>();
		if (id != null) {
			this.cases.of(id).forEach(found -> instances.add(found.instanceId()));
		}
		if (number != null) {
			instances.addAll(this.jdbc.queryForList("SELECT PROC_INST_ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?",
					String.class, number));
		}
		this.removalTimes.suspend(instances);
		return find(key.getKey().longValue());
	}

	/** Lifts a standing hold, recording who, when and why; a hold already lifted keeps its first record. */
	@Transactional
	public Hold lift(long holdId, String reason, String userId) {
		if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
			throw Refusal.invalid("سبب رفع الحجز مطلوب (٥٠٠ حرف على الأكثر)",
					"The reason for lifting the hold is required (500 characters at most)");
		}
		int lifted = this.jdbc.update("""
				UPDATE app_legal_hold SET lifted_by = ?, lifted_at = ?, lift_reason = ?
				WHERE id = ? AND lifted_at IS NULL""", userId, Timestamp.from(this.clock.instant()), reason.strip(),
				holdId);
		if (lifted == 0 && find(holdId) == null) {
			throw Refusal.notFound("لا يوجد حجز بهذا الرقم", "There is no such hold");
		}
		return find(holdId);
	}

	public List<Hold> list() {
		return this.jdbc.query("""
				SELECT id, subject_hash, case_number, reason, placed_by, placed_at, lifted_by, lifted_at, lift_reason
				FROM app_legal_hold ORDER BY placed_at DESC, id DESC""", (rs, row) -> new Hold(rs.getLong(1),
				rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
				rs.getString(7), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
				rs.getString(9)));
	}

	/** Whether a hold stands on this person (by hash) or on one of these cases. */
	boolean holds(String subjectHash, Collection<String> caseNumbers) {
		if (heldSubjects().contains(subjectHash)) {
			return true;
		}
		Set<String> held = heldCases();
		return caseNumbers.stream().anyMatch(held::contains);
	}

	Set<String> heldSubjects() {
		return new HashSet<>(this.jdbc.queryForList(
				"SELECT subject_hash FROM app_legal_hold WHERE lifted_at IS NULL AND subject_hash IS NOT NULL",
				String.class));
	}

	Set<String> heldCases() {
		return new HashSet<>(this.jdbc.queryForList(
				"SELECT case_number FROM app_legal_hold WHERE lifted_at IS NULL AND case_number IS NOT NULL",
				String.class));
	}

	private Hold find(Long holdId) {
		if (holdId == null) {
			return null;
		}
		return list().stream().filter(hold -> hold.id() == holdId).findFirst().orElse(null);
	}

}
