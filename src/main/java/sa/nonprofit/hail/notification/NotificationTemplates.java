package sa.nonprofit.hail.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.OrganizationProperties;

/** Fills a {@link NotificationKind}'s Arabic and English texts; unknown placeholders are left visible, never guessed. */
@Component
public class NotificationTemplates {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private final OrganizationProperties organization;

	NotificationTemplates(OrganizationProperties organization) {
		this.organization = organization;
	}

	public RenderedMessage render(Notification notification) {
		Map<String, String> values = new HashMap<>(notification.values());
		values.put("reference", notification.reference());
		values.put("organization", this.organization.name());
		values.put("licence", this.organization.licenceNumber());
		NotificationKind kind = notification.kind();
		String signature = "\n\n" + this.organization.name() + " — ترخيص رقم " + this.organization.licenceNumber();
		String englishSignature = "\n" + this.organization.nameEn() + " — licence " + this.organization.licenceNumber();
		String arabic = fill(kind.bodyAr(), values);
		String body = arabic + signature + "\n\n---\n" + fill(kind.bodyEn(), values) + englishSignature;
		return new RenderedMessage(fill(kind.subjectAr(), values) + " | " + fill(kind.subjectEn(), values), body,
				arabic + " — " + this.organization.name());
	}

	static String fill(String template, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(result, Matcher.quoteReplacement(value != null ? value : matcher.group()));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
