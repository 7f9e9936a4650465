package sa.nonprofit.hail.whistleblowing;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import sa.nonprofit.hail.system.SaudiIdentifiers;

/** A reporter's optional contact details, outside the process: no process variable, no history, no committee. */
@Repository
public class ReporterContacts {

	/** How to reach a reporter who chose to be reachable. */
	public record Contact(String mobile, String email) {
	}

	private final JdbcTemplate jdbc;

	ReporterContacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void save(String reportNumber, String mobile, String email) {
		String normalisedMobile = mobile == null || mobile.isBlank() ? null
				: SaudiIdentifiers.normaliseMobile(mobile).orElse(mobile.strip());
		String trimmedEmail = email == null || email.isBlank() ? null : email.strip();
		this.jdbc.update("DELETE FROM app_reporter_contact WHERE report_number = ?", reportNumber);
		if (normalisedMobile != null || trimmedEmail != null) {
			this.jdbc.update("INSERT INTO app_reporter_contact (report_number, mobile, email) VALUES (?, ?, ?)",
					reportNumber, normalisedMobile, trimmedEmail);
		}
	}

	public Optional<Contact> find(String reportNumber) {
		return this.jdbc
			.query("SELECT mobile, email FROM app_reporter_contact WHERE report_number = ?",
					(rs, row) -> new Contact(rs.getString(1), rs.getString(2)), reportNumber)
			.stream()
			.findFirst();
	}

}
