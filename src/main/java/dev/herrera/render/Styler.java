package dev.herrera.render;

/**
 * How a table marks its header and toned cells on a terminal (colour, bold). A styler adds only
 * invisible escapes: the table pads by the width of the plain text, so styling never shifts a column.
 */
public interface Styler {
    /** No styling at all. */
    Styler PLAIN = new Styler() {
        @Override
        public String header(String text) {
            return text;
        }

        @Override
        public String cell(Cell.Tone tone, String text) {
            return text;
        }
    };

    String header(String text);

    String cell(Cell.Tone tone, String text);
}
