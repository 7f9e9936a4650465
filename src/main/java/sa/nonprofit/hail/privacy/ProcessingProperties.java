package sa.nonprofit.hail.privacy;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * {@code app.privacy.processing}: the record of processing activities as the association writes it
 * ({@code privacy/records-of-processing.yaml}), Arabic first. Retention figures are not here: each activity names its
 * record types of {@code app.privacy.retention}.
 */
@Validated
@ConfigurationProperties("app.privacy.processing")
public record ProcessingProperties(@Valid @NotNull Officer officer, @NotNull List<@Valid Processor> processors,
		@NotEmpty List<@Valid Activity> activities, @NotEmpty List<String> securityAr, @NotEmpty List<String> securityEn,
		@NotNull List<@Valid TableNote> tablesWithoutPersonalData) {

	/** How to reach the data protection officer. */
	public record Officer(@NotBlank String nameAr, @NotBlank String nameEn, @NotBlank String email, String phone) {
	}

	/** Who carries a notification channel's messages, and whether the data leaves the Kingdom. */
	public record Processor(@NotBlank String channel, @NotBlank String nameAr, @NotBlank String nameEn,
			@NotBlank String country, boolean abroad) {
	}

	/**
	 * One processing activity: what, why, on what basis, about whom, to whom, where it is kept; {@code publicNotice}
	 * false keeps it off the public privacy notice (staff accounts concern staff, who are told otherwise).
	 */
	public record Activity(@NotBlank String id, @NotBlank String nameAr, @NotBlank String nameEn,
			@NotNull List<String> processes, @NotBlank String purposeAr, @NotBlank String purposeEn,
			@NotBlank String legalBasisAr, @NotBlank String legalBasisEn, @NotEmpty List<String> subjectsAr,
			@NotEmpty List<String> subjectsEn, @NotEmpty List<String> dataAr, @NotEmpty List<String> dataEn,
			@NotEmpty List<String> recipientsAr, @NotEmpty List<String> recipientsEn, @NotNull List<String> channels,
			@NotEmpty List<String> retention, @NotEmpty List<String> tables, @DefaultValue("true") boolean publicNotice) {
	}

	/** A table that holds no personal data, and why. */
	public record TableNote(@NotBlank String table, @NotBlank String reason) {
	}

}
