package dev.herrera.data;

/**
 * One problem in a data file: where it is (file, 1-based line and column, JSON path such as
 * {@code stints[3].team}) and what is wrong. {@code line} and {@code column} are 0 when the problem
 * cannot be placed in the text.
 */
public record Diagnostic(String file, int line, int column, String path, String message) {
    /** {@code FILE:LINE:COLUMN: $.path: message}, the one-line form used everywhere. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": " + JsonPaths.display(path) + ": " + message;
    }
}
