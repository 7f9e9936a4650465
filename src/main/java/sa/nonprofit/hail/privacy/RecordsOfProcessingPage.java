package sa.nonprofit.hail.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import sa.nonprofit.hail.calendar.HijriDates;
import sa.nonprofit.hail.system.PageController;

/**
 * The record of processing as a printable Arabic page, for the same readers as its API (the security
 * configuration's): what an inspector or the board is handed.
 */
@PageController
class RecordsOfProcessingPage {

	private final RecordsOfProcessing records;

	private final ProcessingRecordVersions versions;

	private final Clock clock;

	RecordsOfProcessingPage(RecordsOfProcessing records, ProcessingRecordVersions versions, Clock clock) {
		this.records = records;
		this.versions = versions;
		this.clock = clock;
	}

	/** A version as the page lists it: its date in Hijri and Gregorian, and its id. */
	record DatedVersion(String date, String hash) {
	}

	@GetMapping({ "/privacy/records-of-processing", "/privacy/records-of-processing.html" })
	String page(Model model) {
		List<DatedVersion> dated = this.versions.versions().stream()
			.map(version -> new DatedVersion(HijriDates.format(LocalDate.ofInstant(version.recordedAt(),
					this.clock.getZone())), version.hash()))
			.toList();
		model.addAttribute("record", this.records.current())
			.addAttribute("versions", dated)
			.addAttribute("printedOn", HijriDates.format(LocalDate.now(this.clock)));
		return "privacy/records";
	}

}
