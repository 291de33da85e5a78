package dev.herrera.data;

/**
 * A data file that cannot be used. The message is one line, already in the form users see after
 * {@code herrera: } — {@code FILE:LINE:COLUMN: what is wrong at which JSON path}.
 */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exit code for a file whose content is wrong (sysexits EX_DATAERR). */
    public static final int BAD_CONTENT = 65;
    /** Exit code for a file that cannot be read (sysexits EX_NOINPUT). */
    public static final int UNREADABLE = 66;

    private final int exitCode;

    public DataException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
