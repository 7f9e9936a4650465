package sa.nonprofit.hail.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import sa.nonprofit.hail.system.Refusal;

/** Administrators keep the holiday table (camunda-admin only, enforced by the security configuration). */
@RestController
@RequestMapping("/api/admin/holidays")
class HolidayAdminController {

	private final HolidayCalendar calendar;

	private final Clock clock;

	HolidayAdminController(HolidayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	/** One day ({@code date}) or a range ({@code from}, {@code to}), with a name. */
	record HolidayRequest(LocalDate date, LocalDate from, LocalDate to, String name) {
	}

	/** A holiday as the page lists it: the day, its name, and the same day in the Hijri (Umm al-Qura) calendar. */
	record HolidayEntry(LocalDate date, String name, String hijri) {

		static HolidayEntry of(Holiday holiday) {
			return new HolidayEntry(holiday.date(), holiday.name(), HijriDates.hijriOnly(holiday.date()));
		}

	}

	@GetMapping
	List<HolidayEntry> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate first = from != null ? from : Year.now(this.clock).atDay(1);
		LocalDate last = to != null ? to : first.plusYears(2);
		return this.calendar.list(first, last).stream().map(HolidayEntry::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	List<Holiday> add(@RequestBody HolidayRequest request) {
		if (request.date() != null && (request.from() != null || request.to() != null)) {
			throw Refusal.invalid("أرسل «date» ليوم واحد أو «from» و«to» لمدة، لا كليهما",
					"Send 'date' for one day or 'from' and 'to' for a range, not both");
		}
		LocalDate from = request.date() != null ? request.date() : request.from();
		LocalDate to = request.date() != null ? request.date() : request.to();
		return this.calendar.add(from, to, request.name());
	}

	@DeleteMapping
	Map<String, Integer> remove(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate first = date != null ? date : from;
		LocalDate last = date != null ? date : to;
		if (first == null || last == null) {
			throw Refusal.invalid("حدد «date» أو «from» و«to»", "Give 'date', or 'from' and 'to'");
		}
		int removed = this.calendar.remove(first, last);
		if (removed == 0) {
			throw Refusal.notFound("لا توجد إجازة في هذا التاريخ", "No holiday on these dates");
		}
		return Map.of("removed", removed);
	}

}
