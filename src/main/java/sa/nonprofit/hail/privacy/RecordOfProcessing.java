package sa.nonprofit.hail.privacy;

import java.util.List;

import sa.nonprofit.hail.calendar.ArabicCounts;

/**
 * The record of processing activities as it stands (PDPL Art. 31): who controls the data, who to ask, each activity
 * with its retention in days from the retention settings, and the measures that protect them all.
 */
public record RecordOfProcessing(Controller controller, ProcessingProperties.Officer officer,
		List<Activity> activities, List<String> securityAr, List<String> securityEn) {

	/** The association, the controller of the data. */
	public record Controller(String nameAr, String nameEn, String licenceNumber, String email, String phone) {
	}

	/** One activity; {@code processors} are the outside recipients that carry its messages. */
	public record Activity(String id, String nameAr, String nameEn, List<String> processes, String purposeAr,
			String purposeEn, String legalBasisAr, String legalBasisEn, List<String> subjectsAr,
			List<String> subjectsEn, List<String> dataAr, List<String> dataEn, List<String> recipientsAr,
			List<String> recipientsEn, List<ProcessingProperties.Processor> processors, List<Retention> retention,
			List<String> tables, boolean publicNotice) {
	}

	/** How long one kind of the activity's records is kept after it ends. */
	public record Retention(String recordType, String nameAr, String nameEn, long days) {

		/** The period as an Arabic page reads it, e.g. «٣٦٥٠ يومًا». */
		public String daysAr() {
			return ArabicCounts.days(this.days);
		}

	}

}
