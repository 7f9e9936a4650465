package sa.nonprofit.hail.privacy;

import java.time.Instant;
import java.util.List;

/**
 * Everything the association holds about one person, as the person and the data protection officer read it: one
 * section per record (a support request, a notification sent, a survey answer, a document, a data request), each a
 * list of labelled values in Arabic. The same structure is the JSON export and the printable page.
 */
public record SubjectFile(Instant gatheredAt, List<Section> sections) {

	/**
	 * One record: {@code kind} (e.g. {@code SUPPORT_REQUEST}, {@code NOTIFICATION}, {@code DOCUMENT},
	 * {@code SURVEY_ANSWER}, {@code DATA_REQUEST}), the case or record number, an Arabic title, its entries.
	 */
	public record Section(String kind, String reference, String title, List<Entry> entries) {
	}

	/** A labelled value: the Arabic label, the variable or column it came from, the value as text. */
	public record Entry(String label, String source, String value) {
	}

}
