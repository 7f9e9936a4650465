package sa.nonprofit.hail.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import sa.nonprofit.hail.system.Refusal;

/**
 * TEST DOUBLE of the data side of issue 17 (branch issue17-data), which gathers and erases a person's data for real.
 * Stands in only where no real {@link SubjectRecords} / {@link SubjectErasure} bean exists (before the branches are
 * merged); after the merge these tests run against the real ones. It records what the process asked of it, and holds
 * the national IDs under a legal hold that a test puts in {@link #HELD}.
 */
@TestConfiguration
public class SubjectDataDouble {

	/** National IDs the double treats as under a legal hold. */
	public static final Set<String> HELD = new CopyOnWriteArraySet<>();

	/** What was asked, in order: {@code erase:<id>:<instance>}, {@code forget:<instance>}, {@code gather:<id>}. */
	public static final List<String> CALLS = new CopyOnWriteArrayList<>();

	@Bean
	@ConditionalOnMissingBean(SubjectRecords.class)
	SubjectRecords subjectRecordsDouble() {
		return nationalId -> {
			CALLS.add("gather:" + nationalId);
			return new SubjectFile(Instant.parse("2026-03-20T09:00:00Z"), List.of(new SubjectFile.Section(
					"SUPPORT_REQUEST", "BR-2026-000001", "طلب دعم", List.of(new SubjectFile.Entry(
							"رقم الهوية الوطنية أو الإقامة", "nationalId", nationalId)))));
		};
	}

	@Bean
	@ConditionalOnMissingBean(SubjectErasure.class)
	SubjectErasure subjectErasureDouble() {
		return new SubjectErasure() {

			@Override
			public Erasure erase(String nationalId, String dataRequestInstanceId) {
				if (HELD.contains(nationalId)) {
					throw Refusal.conflict("يوجد حجز نظامي على بيانات الشخص: قضية منظورة",
							"A legal hold stands on the person's data: a pending case");
				}
				CALLS.add("erase:" + nationalId + ":" + dataRequestInstanceId);
				return new Erasure(1, 0, 1);
			}

			@Override
			public void forgetRequester(String dataRequestInstanceId) {
				CALLS.add("forget:" + dataRequestInstanceId);
			}

		};
	}

}
