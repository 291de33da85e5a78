package dev.herrera.render;

/**
 * One table cell: its text and how it reads (a win, a loss, or neither), for renderers that colour.
 * Every tabular format prints cells, so this is where text from the data is made safe for a
 * terminal: the text is stored with control characters and bidi overrides escaped
 * ({@link Escape#terminal}).
 */
public record Cell(String text, Tone tone) {
    /** What a cell means, so a renderer can colour it; never changes the text. */
    public enum Tone { PLAIN, GOOD, BAD }

    public Cell {
        text = text == null ? "" : Escape.terminal(text);
        tone = tone == null ? Tone.PLAIN : tone;
    }

    public static Cell of(String text) {
        return new Cell(text, Tone.PLAIN);
    }
}
