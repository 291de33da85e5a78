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
        super(oneLine(message), cause);
        this.exitCode = exitCode;
    }

    /**
     * The message with every line break written as an escape: a message can quote a property name
     * or a value from the file, and those may hold {@code \r}, {@code \n} or a Unicode line separator.
     */
    static String oneLine(String message) {
        if (message == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case 0x0B, 0x0C, 0x85, 0x2028, 0x2029 -> sb.append(String.format("\\u%04x", (int) c));
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    public int exitCode() {
        return exitCode;
    }
}
