package sa.nonprofit.hail.calendar;

import org.springframework.web.bind.annotation.GetMapping;

import sa.nonprofit.hail.system.PageController;

/** The holiday table's page, where administrators confirm the Eid dates each year (administrators only). */
@PageController
class HolidaysPage {

	@GetMapping("/admin/holidays.html")
	String holidays() {
		return "calendar/holidays";
	}

}
