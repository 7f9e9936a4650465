package sa.nonprofit.hail.support;

import sa.nonprofit.hail.notification.NotificationKind;

import java.time.Instant;

/** A message as recorded in {@code app_notification}. */
public record NotificationRecord(String id, Instant createdAt, NotificationKind kind, String reference,
		String recipientRole, String recipientMobile, String recipientEmail, String subject, String body,
		String status, String channels, String error) {
}
