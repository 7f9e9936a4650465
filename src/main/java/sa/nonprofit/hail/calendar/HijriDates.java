package sa.nonprofit.hail.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;

/**
 * Dates as Saudi readers expect them: Hijri (Umm al-Qura) first, Gregorian in brackets, Arabic-Indic digits, e.g.
 * «١٦ رمضان ١٤٤٧ هـ (٥ مارس ٢٠٢٦)». Outside the Umm al-Qura table only the Gregorian date is shown.
 */
public final class HijriDates {

	private static final Locale ARABIC = Locale.forLanguageTag("ar-SA");

	private static final DecimalStyle ARABIC_DIGITS = DecimalStyle.of(ARABIC);

	private static final DateTimeFormatter HIJRI = DateTimeFormatter.ofPattern("d MMMM y", ARABIC)
		.withChronology(HijrahChronology.INSTANCE)
		.withDecimalStyle(ARABIC_DIGITS);

	private static final DateTimeFormatter GREGORIAN = DateTimeFormatter.ofPattern("d MMMM y", ARABIC)
		.withChronology(IsoChronology.INSTANCE)
		.withDecimalStyle(ARABIC_DIGITS);

	private static final DateTimeFormatter HIJRI_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd")
		.withChronology(HijrahChronology.INSTANCE);

	private HijriDates() {
	}

	/** Both calendars, Hijri first. */
	public static String format(LocalDate date) {
		String gregorian = GREGORIAN.format(date);
		try {
			return HIJRI.format(HijrahDate.from(date)) + " هـ (" + gregorian + ")";
		}
		catch (DateTimeException outsideUmmAlQuraTable) {
			return gregorian;
		}
	}

	/** The Hijri date alone, in Arabic; empty outside the Umm al-Qura table. */
	public static String hijriOnly(LocalDate date) {
		try {
			return HIJRI.format(HijrahDate.from(date)) + " هـ";
		}
		catch (DateTimeException outsideUmmAlQuraTable) {
			return "";
		}
	}

	/** The Hijri date as yyyy-MM-dd in Latin digits, for machines; empty outside the table. */
	public static String hijriIso(LocalDate date) {
		try {
			return HIJRI_ISO.format(HijrahDate.from(date));
		}
		catch (DateTimeException outsideUmmAlQuraTable) {
			return "";
		}
	}

}
