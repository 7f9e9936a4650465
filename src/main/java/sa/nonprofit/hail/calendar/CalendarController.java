package sa.nonprofit.hail.calendar;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sa.nonprofit.hail.system.Refusal;

/** Staff ask when N working days after a date fall due. */
@RestController
class CalendarController {

	static final int MAX_WORKING_DAYS = 3650;

	private final HolidayCalendar calendar;

	CalendarController(HolidayCalendar calendar) {
		this.calendar = calendar;
	}

	record DueDate(LocalDate dueDate, String dueDateHijri, String dueDateHijriIso, String display) {
	}

	@GetMapping("/api/calendar/due-date")
	DueDate dueDate(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam int workingDays) {
		if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
			throw Refusal.invalid("عدد أيام العمل يجب أن يكون بين ٠ و" + MAX_WORKING_DAYS,
					"workingDays must be between 0 and " + MAX_WORKING_DAYS);
		}
		LocalDate due = this.calendar.plusWorkingDays(from, workingDays);
		return new DueDate(due, HijriDates.hijriOnly(due), HijriDates.hijriIso(due), HijriDates.format(due));
	}

}
