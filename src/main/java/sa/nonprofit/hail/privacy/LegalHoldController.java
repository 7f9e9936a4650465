package sa.nonprofit.hail.privacy;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/privacy/legal-holds}: the data protection officer and the board chair place, list and lift legal holds.
 * The national ID travels in the body, never the address, and is kept only as its hash.
 */
@RestController
class LegalHoldController {

	/** A new hold: a person, a case, or both, and why (the proceedings, never the person's name). */
	record NewHold(String nationalId, String caseNumber, String reason) {
	}

	private final LegalHolds holds;

	LegalHoldController(LegalHolds holds) {
		this.holds = holds;
	}

	@GetMapping("/api/privacy/legal-holds")
	List<LegalHolds.Hold> list() {
		return this.holds.list();
	}

	@PostMapping("/api/privacy/legal-holds")
	@ResponseStatus(HttpStatus.CREATED)
	LegalHolds.Hold place(@RequestBody NewHold hold, Authentication user) {
		return this.holds.place(hold.nationalId(), hold.caseNumber(), hold.reason(), user.getName());
	}

	@PostMapping("/api/privacy/legal-holds/{id}/lift")
	LegalHolds.Hold lift(@PathVariable long id, Authentication user) {
		return this.holds.lift(id, user.getName());
	}

}
