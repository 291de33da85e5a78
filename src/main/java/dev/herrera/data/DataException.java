package dev.herrera.data;

/**
 * A data file that cannot be used. The message is in the form users see after {@code herrera: } —
 * {@code FILE:LINE:COLUMN: what is wrong at which JSON path} — and may quote the file, so whoever
 * prints it escapes it first.
 */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the file; the command line maps each kind to its exit code. */
    public enum Kind {
        /** The content is not a valid dataset. */
        BAD_CONTENT,
        /** The file cannot be read at all. */
        UNREADABLE
    }

    /** The file's content is wrong. */
    public static final Kind BAD_CONTENT = Kind.BAD_CONTENT;
    /** The file cannot be read. */
    public static final Kind UNREADABLE = Kind.UNREADABLE;

    private final Kind kind;

    public DataException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
