package dev.herrera.model;

/**
 * A value that breaks one of the model's rules. {@code field} is the JSON path of the offending
 * value relative to the record that rejected it (e.g. {@code end} or {@code stints[3].team}), or
 * empty when the whole record is at fault.
 */
public final class InvalidRecordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidRecordException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
