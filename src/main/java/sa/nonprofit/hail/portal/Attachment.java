package sa.nonprofit.hail.portal;

/** A file a reporter attached, checked by its content. */
record Attachment(String fileName, String mediaType, byte[] content) {
}
