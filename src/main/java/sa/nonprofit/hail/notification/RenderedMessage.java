package sa.nonprofit.hail.notification;

/**
 * A message ready to go: Arabic first, the English fallback below it, signed with the association's name and licence.
 * @param smsText the Arabic text alone, for channels where length matters
 */
public record RenderedMessage(String subject, String body, String smsText) {
}
