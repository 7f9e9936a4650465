package sa.nonprofit.hail.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess;
import sa.nonprofit.hail.system.SaudiIdentifiers;
import sa.nonprofit.hail.system.Masks;

/**
 * The mobile numbers the person's own support requests hold, for the officer's identity check: a stranger who has
 * someone's national ID types their own mobile, so "call back the registered mobile" must mean the one on file, not
 * the one given. Shown masked; the officer reads the full file through the privacy API if they must call it.
 */
@Component
class MobilesOnFile {

	/** What the officer reads: the masked mobile(s) on file (empty when none) and what the comparison found. */
	record Check(String masked, String words) {
	}

	private final SubjectCases cases;

	private final JdbcTemplate jdbc;

	MobilesOnFile(SubjectCases cases, JdbcTemplate jdbc) {
		this.cases = cases;
		this.jdbc = jdbc;
	}

	Check compare(String nationalId, String givenMobile) {
		Set<String> onFile = new LinkedHashSet<>();
		for (SubjectCases.SubjectCase found : this.cases.of(nationalId)) {
			if (BeneficiaryProcess.PROCESS_ID.equals(found.process())) {
				onFile.addAll(mobilesOf(found.instanceId()));
			}
		}
		if (onFile.isEmpty()) {
			return new Check("", "لا يوجد جوال مسجّل لهذه الهوية في طلبات الدعم: لا يصلح الاتصال للتحقق، "
					+ "تحقّق بالهوية الأصلية حضورياً أو بخطاب موقّع مع صورة الهوية");
		}
		String masked = onFile.stream().map(Masks::mobile).collect(Collectors.joining("، "));
		Optional<String> given = SaudiIdentifiers.normaliseMobile(givenMobile);
		if (given.isPresent() && onFile.contains(given.get())) {
			return new Check(masked, "الجوال المُدخل يطابق الجوال المسجّل لدينا");
		}
		return new Check(masked, "تنبيه: الجوال المُدخل يختلف عن الجوال المسجّل لدينا (" + masked
				+ "): لا تتحقق بالاتصال على الجوال المُدخل، اتصل على المسجّل أو تحقّق بالهوية الأصلية");
	}

	private List<String> mobilesOf(String instanceId) {
		return this.jdbc.queryForList("SELECT TEXT_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? AND NAME_ = ?",
				String.class, instanceId, BeneficiaryProcess.Variables.MOBILE)
			.stream()
			.filter(Objects::nonNull)
			.map(SaudiIdentifiers::normaliseMobile)
			.flatMap(Optional::stream)
			.toList();
	}

}
