package dev.herrera.render;

/** One table cell: its text and how it reads (a win, a loss, or neither), for renderers that colour. */
public record Cell(String text, Tone tone) {
    /** What a cell means, so a renderer can colour it; never changes the text. */
    public enum Tone { PLAIN, GOOD, BAD }

    public Cell {
        text = text == null ? "" : text;
        tone = tone == null ? Tone.PLAIN : tone;
    }

    public static Cell of(String text) {
        return new Cell(text, Tone.PLAIN);
    }
}
