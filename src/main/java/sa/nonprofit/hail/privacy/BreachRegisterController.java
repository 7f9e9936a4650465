package sa.nonprofit.hail.privacy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/privacy/breaches}: the breach register, as JSON or as CSV ({@code Accept: text/csv} or
 * {@code ?format=csv}); for the data protection officer, the board chair and the administrator (SecurityConfiguration).
 */
@RestController
class BreachRegisterController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final BreachRegister register;

	BreachRegisterController(BreachRegister register) {
		this.register = register;
	}

	@GetMapping(path = "/api/privacy/breaches", produces = MediaType.APPLICATION_JSON_VALUE)
	List<BreachRegister.Entry> json() {
		return this.register.entries();
	}

	@GetMapping(path = "/api/privacy/breaches", produces = "text/csv")
	ResponseEntity<byte[]> csv() {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("breach-register.csv").build().toString())
			.body(BreachRegisterCsv.write(this.register.entries()));
	}

	/** The same file for a link, which cannot ask for text/csv. */
	@GetMapping(path = "/api/privacy/breaches", params = "format=csv")
	ResponseEntity<byte[]> csvByParameter() {
		return csv();
	}

}
