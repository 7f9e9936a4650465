package sa.nonprofit.hail.documents;

/** A file checked by its content: a cleaned name, the type its first bytes show, the bytes. */
public record Document(String fileName, String mediaType, byte[] content) {
}
