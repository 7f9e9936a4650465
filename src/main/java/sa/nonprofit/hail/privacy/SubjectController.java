package sa.nonprofit.hail.privacy;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import sa.nonprofit.hail.system.Refusal;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/**
 * {@code GET /api/privacy/subjects/{nationalId}}: everything held about a person, for the data protection officer
 * alone (SecurityConfiguration). Every look-up is logged by the person's hash, never the ID.
 */
@RestController
class SubjectController {

	private final SubjectRecords records;

	private final SubjectKeys keys;

	private final PrivacyLog log;

	SubjectController(SubjectRecords records, SubjectKeys keys, PrivacyLog log) {
		this.records = records;
		this.keys = keys;
		this.log = log;
	}

	@GetMapping("/api/privacy/subjects/{nationalId}")
	SubjectFile subject(@PathVariable String nationalId, Authentication reader) {
		String id = SaudiIdentifiers.normaliseDigits(nationalId);
		if (!SaudiIdentifiers.isValidNationalId(id)) {
			throw Refusal.invalid("رقم الهوية غير صحيح", "The national ID is not valid");
		}
		SubjectFile file = this.records.gather(id);
		this.log.record(this.keys.of(id), reader.getName(), PrivacyLog.Action.LOOKUP, null);
		return file;
	}

}
