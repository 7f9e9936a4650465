package sa.nonprofit.hail.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import sa.nonprofit.hail.identity.HiddenCases;

/**
 * {@code /api/privacy/legal-holds}: the data protection officer, the board chair and the vice chair place and list
 * legal holds; only the officer lifts one, giving the reason. A hold on a case the caller may not read (a report about
 * them) is left out of their list, as the break-glass trail leaves it out. The national ID travels in the body, never
 * the address, and is kept only as its hash.
 */
@RestController
class LegalHoldController {

	/** A new hold: a person, a case, or both, and why (the proceedings, never the person's name). */
	record NewHold(String nationalId, String caseNumber, String reason) {
	}

	/** Why the hold ends (the proceedings closed, the period ran out). */
	record Lift(String reason) {
	}

	private final LegalHolds holds;

	private final List<HiddenCases> hiddenCases;

	LegalHoldController(LegalHolds holds, List<HiddenCases> hiddenCases) {
		this.holds = holds;
		this.hiddenCases = hiddenCases;
	}

	@GetMapping("/api/privacy/legal-holds")
	List<LegalHolds.Hold> list(Authentication reader) {
		Set<String> hidden = hiddenFrom(reader);
		return this.holds.list().stream().filter(hold -> visible(hold, hidden)).toList();
	}

	@PostMapping("/api/privacy/legal-holds")
	@ResponseStatus(HttpStatus.CREATED)
	LegalHolds.Hold place(@RequestBody NewHold hold, Authentication user) {
		return this.holds.place(hold.nationalId(), hold.caseNumber(), hold.reason(), user.getName());
	}

	/*
	 * The officer may lift a hold on a case they may not read (else a hold on a report would stand for ever), but the
	 * answer then leaves out the case and the reason it was placed for.
	 */
	@PostMapping("/api/privacy/legal-holds/{id}/lift")
	LegalHolds.Hold lift(@PathVariable long id, @RequestBody(required = false) Lift lift, Authentication user) {
		LegalHolds.Hold lifted = this.holds.lift(id, lift == null ? null : lift.reason(), user.getName());
		if (visible(lifted, hiddenFrom(user))) {
			return lifted;
		}
		return new LegalHolds.Hold(lifted.id(), lifted.subjectHash(), null, null, lifted.placedBy(), lifted.placedAt(),
				lifted.liftedBy(), lifted.liftedAt(), lifted.liftReason());
	}

	private Set<String> hiddenFrom(Authentication reader) {
		List<String> groups = reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return this.hiddenCases.stream()
			.flatMap(cases -> cases.referencesHiddenFrom(reader.getName(), groups).stream())
			.map(reference -> reference.toUpperCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	private static boolean visible(LegalHolds.Hold hold, Set<String> hidden) {
		return hold.caseNumber() == null || !hidden.contains(hold.caseNumber().strip().toUpperCase(Locale.ROOT));
	}

}
