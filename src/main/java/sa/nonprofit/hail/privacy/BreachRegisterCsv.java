package sa.nonprofit.hail.privacy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The breach register as CSV for Excel: UTF-8 with a byte-order mark (or Excel reads the Arabic as gibberish), Arabic
 * headers, times to the minute in the association's zone, and no cell that Excel would run as a formula.
 */
final class BreachRegisterCsv {

	static final List<String> HEADERS = List.of("رقم الحادثة", "أبلغ عنها", "ما حدث", "وقت العلم", "وقت التسجيل", "يُرجّح الضرر",
			"فئات البيانات", "عدد المتأثرين", "عدد السجلات", "إبلاغ الهيئة", "وقت إبلاغ الهيئة كما ذُكر",
			"وقت تسجيل الإبلاغ في النظام", "الرقم المرجعي لدى الهيئة",
			"سبب عدم لزوم الإبلاغ", "موعد الإبلاغ (٧٢ ساعة)", "الموعد", "نُبّه رئيس المجلس", "وقت إبلاغ المتأثرين",
			"عدد البلاغات المذكورة", "عدد من وصلتهم الرسالة (غير المبلّغين)", "عدد من لا وسيلة تواصل لهم (غير المبلّغين)",
			"وقت الإغلاق", "الدروس المستفادة", "إجراءات منع التكرار");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private BreachRegisterCsv() {
	}

	static byte[] write(List<BreachRegister.Entry> entries) {
		StringBuilder csv = new StringBuilder();
		line(csv, HEADERS);
		for (BreachRegister.Entry e : entries) {
			line(csv, List.of(text(e.number()), text(e.reportedBy()), text(e.description()), time(e.awareAt()), time(e.started()),
					yesNo(e.harmLikely()), text(e.dataCategories()), number(e.peopleAffected()),
					number(e.recordsAffected()), notice(e.authorityNotice()), time(e.authorityNotifiedAt()),
					time(e.authorityRecordedAt()),
					text(e.authorityReference()), text(e.authorityNotRequiredReason()), time(e.authorityNoticeDue()),
					e.authorityDeadline().arabic(), e.escalated() ? "نعم" : "لا", time(e.subjectsNotifiedAt()),
					number(e.reportsNamed()), number(e.subjectsReached()), number(e.subjectsWithoutContact()),
					time(e.closedAt()),
					text(e.lessonsLearned()), text(e.preventionMeasures())));
		}
		byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, withBom, 0, BOM.length);
		System.arraycopy(body, 0, withBom, BOM.length, body.length);
		return withBom;
	}

	private static void line(StringBuilder csv, List<String> cells) {
		csv.append(String.join(",", cells.stream().map(BreachRegisterCsv::cell).toList())).append("\r\n");
	}

	/**
	 * Always quoted, whatever the list separator of the Excel that opens it (a {@code ;} in many locales would split an
	 * unquoted cell and run what follows); a leading = + - @ tab or CR is made plain text, so no cell runs as a formula.
	 */
	static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private static String notice(String notice) {
		if (DataBreachProcess.AuthorityNotice.NOTIFIED.name().equals(notice)) {
			return "أُبلغت";
		}
		return DataBreachProcess.AuthorityNotice.NOT_REQUIRED.name().equals(notice) ? "لا يلزم" : "لم تُبلَّغ بعد";
	}

	private static String yesNo(Boolean value) {
		return value == null ? "" : value ? "نعم" : "لا";
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String number(Long value) {
		return value == null ? "" : value.toString();
	}

	private static String time(OffsetDateTime value) {
		return value == null ? "" : MINUTE.format(value);
	}

}
