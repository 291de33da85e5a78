package dev.herrera.render;

/**
 * A line of text for a person at a terminal — a footer, a sentence, a title — that has passed the
 * terminal escaper on construction ({@link Escape#terminal}): no value from the data or the command
 * line in it can act on the terminal or start a new line. Renderers take lines, never bare strings.
 */
public record Line(String text) {
    public Line {
        text = text == null ? "" : Escape.terminal(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
