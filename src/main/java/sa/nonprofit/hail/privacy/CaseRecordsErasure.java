package sa.nonprofit.hail.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.Masks;

/**
 * Removes a person's data from the application's own tables for some cases: the documents (bytes and names) and the
 * kept exports of their data requests go, the
 * notices sent stay as a record with masked recipients and no body, the case access log of those cases goes, and the
 * superuser's logged calls keep their path with the national ID blotted out.
 */
@Component
class CaseRecordsErasure {

	private final JdbcTemplate jdbc;

	CaseRecordsErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long documents(Collection<String> numbers) {
		return count("app_case_document", "case_number", numbers);
	}

	long notifications(Collection<String> numbers) {
		return count("app_notification", "reference", numbers);
	}

	/** {@code names}: the person's name as the cases hold it, taken out of the notices' subjects. */
	void erase(Collection<String> numbers, Collection<String> names, String nationalId) {
		for (List<String> chunk : Sql.chunks(numbers)) {
			String in = "(" + Sql.marks(chunk.size()) + ")";
			this.jdbc.update("DELETE FROM app_case_document WHERE case_number IN " + in, chunk.toArray());
			this.jdbc.update("DELETE FROM app_data_request_export WHERE request_number IN " + in, chunk.toArray());
			this.jdbc.update("DELETE FROM app_case_access_log WHERE case_number IN " + in, chunk.toArray());
			List<String[]> notices = this.jdbc.query(
					"SELECT id, recipient_mobile, recipient_email, subject FROM app_notification WHERE reference IN "
							+ in,
					(rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) },
					chunk.toArray());
			for (String[] notice : notices) {
				this.jdbc.update("""
						UPDATE app_notification SET recipient_name = NULL, recipient_mobile = ?, recipient_email = ?,
						  subject = ?, body = '' WHERE id = ?""", Masks.mobile(notice[1]), Masks.email(notice[2]),
						withoutNames(notice[3], names), notice[0]);
			}
		}
		if (nationalId != null && !nationalId.isEmpty()) {
			this.jdbc.update("UPDATE app_break_glass_log SET path = REPLACE(path, ?, ?) WHERE path LIKE ?", nationalId,
					"X".repeat(nationalId.length()), "%" + nationalId + "%");
		}
	}

	private static String withoutNames(String text, Collection<String> names) {
		String result = text;
		for (String name : names) {
			if (name != null && !name.isBlank()) {
				result = result.replace(name, "***");
			}
		}
		return result;
	}

	private long count(String table, String column, Collection<String> numbers) {
		long total = 0;
		for (List<String> chunk : Sql.chunks(numbers)) {
			Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + " IN ("
					+ Sql.marks(chunk.size()) + ")", Long.class, new ArrayList<Object>(chunk).toArray());
			total += count == null ? 0 : count;
		}
		return total;
	}

}
