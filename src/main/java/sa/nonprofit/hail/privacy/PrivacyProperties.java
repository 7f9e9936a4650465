package sa.nonprofit.hail.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code app.privacy}: the secret key of the national-ID hash that links a person's requests after their data is
 * erased ({@code SUBJECT_HASH_KEY}; the demo profile sets a fixed one, production must set its own).
 */
@Validated
@ConfigurationProperties("app.privacy")
public record PrivacyProperties(@NotBlank @Size(min = 32) String subjectHashKey) {
}
