package sa.nonprofit.hail.notification;

/** A message ready to go: Arabic first, the English fallback below it, signed with the association's name and licence. */
public record RenderedMessage(String subject, String body) {
}
