package sa.nonprofit.hail.system;

/** What is wrong with one field of what someone sent, in Arabic and English. */
public record FieldProblem(String field, String arabic, String english) {
}
