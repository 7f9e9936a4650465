package sa.nonprofit.hail.whistleblowing;

/** A file a reporter attached, already checked by its content. */
public record Attachment(String fileName, String mediaType, byte[] content) {
}
