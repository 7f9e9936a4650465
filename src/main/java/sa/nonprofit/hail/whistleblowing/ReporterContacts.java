package sa.nonprofit.hail.whistleblowing;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import sa.nonprofit.hail.system.SaudiIdentifiers;
import sa.nonprofit.hail.system.SealedTable;
import sa.nonprofit.hail.system.SealedValue;
import sa.nonprofit.hail.system.Sealer;

/**
 * A reporter's optional contact details, outside the process: no process variable, no history, no committee; sealed
 * at rest ({@link Sealer}), bound to the report's number, and opened only when an auditor or a notice needs them.
 */
@Repository
public class ReporterContacts {

	/** How to reach a reporter who chose to be reachable. */
	public record Contact(String mobile, String email) {
	}

	/** The sealed columns, for the start-up pass and rotation. */
	public static final SealedTable SEALED = new SealedTable("app_reporter_contact", List.of("report_number"),
			List.of("mobile", "email"), List.of());

	private final JdbcTemplate jdbc;

	private final Sealer sealer;

	ReporterContacts(JdbcTemplate jdbc, Sealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	public void save(String reportNumber, String mobile, String email) {
		String normalisedMobile = mobile == null || mobile.isBlank() ? null
				: SaudiIdentifiers.normaliseMobile(mobile).orElse(mobile.strip());
		String trimmedEmail = email == null || email.isBlank() ? null : email.strip();
		this.jdbc.update("DELETE FROM app_reporter_contact WHERE report_number = ?", reportNumber);
		if (normalisedMobile != null || trimmedEmail != null) {
			SealedValue sealedMobile = this.sealer.sealText(normalisedMobile, SEALED.context("mobile", reportNumber));
			SealedValue sealedEmail = this.sealer.sealText(trimmedEmail, SEALED.context("email", reportNumber));
			this.jdbc.update(
					"INSERT INTO app_reporter_contact (report_number, mobile, email, key_id) VALUES (?, ?, ?, ?)",
					reportNumber, sealedMobile == null ? null : sealedMobile.text(),
					sealedEmail == null ? null : sealedEmail.text(), this.sealer.currentKeyId());
		}
	}

	public Optional<Contact> find(String reportNumber) {
		return this.jdbc
			.query("SELECT mobile, email, key_id FROM app_reporter_contact WHERE report_number = ?",
					(rs, row) -> new Contact(
							this.sealer.openText(rs.getString(3), rs.getString(1), SEALED.context("mobile", reportNumber)),
							this.sealer.openText(rs.getString(3), rs.getString(2), SEALED.context("email", reportNumber))),
					reportNumber)
			.stream()
			.findFirst();
	}

}
