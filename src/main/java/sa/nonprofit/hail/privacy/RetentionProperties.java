package sa.nonprofit.hail.privacy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * {@code app.privacy.retention}: how long each kind of record is kept after it ends (ISO-8601 days, e.g. P1825D),
 * and when the nightly purge runs. The longest period of a process is its model's history time to live
 * ({@link RetentionModels}).
 */
@Validated
@ConfigurationProperties("app.privacy.retention")
public record RetentionProperties(@NotNull Duration closedRequests, @NotNull Duration rejectedRequests,
		@NotNull Duration incompleteRequests, @NotNull Duration reports, @NotNull Duration notifications,
		@NotNull Duration accessLog, @NotNull Duration dataRequests, @NotNull Duration breaches,
		@NotNull String schedule) {

	/** The periods by record type, in the order the README and the API list them. */
	public Map<String, Duration> periods() {
		Map<String, Duration> periods = new LinkedHashMap<>();
		periods.put(RecordType.CLOSED_REQUESTS, this.closedRequests);
		periods.put(RecordType.REJECTED_REQUESTS, this.rejectedRequests);
		periods.put(RecordType.INCOMPLETE_REQUESTS, this.incompleteRequests);
		periods.put(RecordType.REPORTS, this.reports);
		periods.put(RecordType.NOTIFICATIONS, this.notifications);
		periods.put(RecordType.ACCESS_LOG, this.accessLog);
		periods.put(RecordType.DATA_REQUESTS, this.dataRequests);
		periods.put(RecordType.BREACHES, this.breaches);
		return periods;
	}

	/** The record types, as configuration and the API name them. */
	public static final class RecordType {

		public static final String CLOSED_REQUESTS = "closed-requests";

		public static final String REJECTED_REQUESTS = "rejected-requests";

		public static final String INCOMPLETE_REQUESTS = "incomplete-requests";

		public static final String REPORTS = "reports";

		public static final String NOTIFICATIONS = "notifications";

		public static final String ACCESS_LOG = "access-log";

		public static final String DATA_REQUESTS = "data-requests";

		public static final String BREACHES = "breaches";

		private RecordType() {
		}

	}

}
