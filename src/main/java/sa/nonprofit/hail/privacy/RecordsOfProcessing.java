package sa.nonprofit.hail.privacy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import sa.nonprofit.hail.system.OrganizationProperties;

/**
 * Builds the record of processing from what the association wrote ({@link ProcessingProperties}), its identity and
 * the retention settings, so that no figure is typed twice. A record type or channel the settings do not know stops
 * the start-up: a record that names what does not exist is not current.
 */
@Service
public class RecordsOfProcessing {

	/** The Arabic and English names of each record type of app.privacy.retention. */
	static final Map<String, List<String>> RECORD_TYPE_NAMES = Map.of(
			RetentionProperties.RecordType.CLOSED_REQUESTS,
			List.of("طلبات الدعم المنتهية بتقديم الخدمة أو إغلاقها", "Support requests served or closed"),
			RetentionProperties.RecordType.REJECTED_REQUESTS,
			List.of("طلبات الدعم المرفوضة", "Support requests rejected"),
			RetentionProperties.RecordType.INCOMPLETE_REQUESTS,
			List.of("طلبات الدعم المغلقة لعدم اكتمالها", "Support requests closed as incomplete"),
			RetentionProperties.RecordType.REPORTS, List.of("البلاغات", "Reports of violations"),
			RetentionProperties.RecordType.NOTIFICATIONS, List.of("سجل الرسائل المرسلة", "The record of messages sent"),
			RetentionProperties.RecordType.ACCESS_LOG, List.of("سجلات الاطلاع", "Access records"),
			RetentionProperties.RecordType.DATA_REQUESTS,
			List.of("طلبات أصحاب البيانات", "Requests of people about their data"),
			RetentionProperties.RecordType.BREACHES,
			List.of("سجل حوادث تسرب البيانات", "The register of data breaches"));

	private final ProcessingProperties processing;

	private final OrganizationProperties organization;

	private final RetentionProperties retention;

	RecordsOfProcessing(ProcessingProperties processing, OrganizationProperties organization,
			RetentionProperties retention) {
		this.processing = processing;
		this.organization = organization;
		this.retention = retention;
		current();
	}

	/** The record as the settings say today. */
	public RecordOfProcessing current() {
		RecordOfProcessing.Controller controller = new RecordOfProcessing.Controller(this.organization.name(),
				this.organization.englishName(), this.organization.licenceNumber(), this.organization.email(),
				this.organization.phone());
		List<RecordOfProcessing.Activity> activities = this.processing.activities().stream().map(this::entry).toList();
		return new RecordOfProcessing(controller, this.processing.officer(), activities, this.processing.securityAr(),
				this.processing.securityEn());
	}

	private RecordOfProcessing.Activity entry(ProcessingProperties.Activity activity) {
		List<ProcessingProperties.Processor> processors = activity.channels().stream()
			.map(channel -> processor(channel).orElseThrow(() -> new IllegalStateException(
					"app.privacy.processing: activity " + activity.id() + " names channel " + channel
							+ ", which has no processor entry")))
			.toList();
		List<RecordOfProcessing.Retention> kept = activity.retention().stream().map(type -> retention(activity, type))
			.toList();
		return new RecordOfProcessing.Activity(activity.id(), activity.nameAr(), activity.nameEn(),
				activity.processes(), activity.purposeAr(), activity.purposeEn(), activity.legalBasisAr(),
				activity.legalBasisEn(), activity.subjectsAr(), activity.subjectsEn(), activity.dataAr(),
				activity.dataEn(), activity.recipientsAr(), activity.recipientsEn(), processors, kept,
				activity.tables(), activity.publicNotice());
	}

	private Optional<ProcessingProperties.Processor> processor(String channel) {
		return this.processing.processors().stream().filter(processor -> processor.channel().equals(channel))
			.findFirst();
	}

	private RecordOfProcessing.Retention retention(ProcessingProperties.Activity activity, String type) {
		Duration period = this.retention.periods().get(type);
		List<String> names = RECORD_TYPE_NAMES.get(type);
		if (period == null || names == null) {
			throw new IllegalStateException("app.privacy.processing: activity " + activity.id()
					+ " names retention " + type + ", which app.privacy.retention does not have");
		}
		return new RecordOfProcessing.Retention(type, names.get(0), names.get(1), period.toDays());
	}

}
