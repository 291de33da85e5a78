package dev.herrera.render;

/**
 * How output is marked on a terminal (colour, bold): the one way renderers style text. A styler adds
 * only invisible escapes: renderers measure and pad by the width of the plain text, so styling never
 * shifts a column. The command line gives a colouring one or {@link #PLAIN}.
 */
public interface Styler {
    /** What a piece of text means, so that a styler can pick its look. */
    enum Ink {
        /** A table's header line. */
        HEADER,
        /** A table cell with good news: a win. */
        GOOD,
        /** A table cell with bad news: a loss. */
        BAD,
        /** A club's bar in the timeline. */
        CLUB,
        /** A national team's bar in the timeline. */
        NATIONAL,
        /** The timeline's mark of a final won. */
        MARK_WON,
        /** The timeline's mark of a final lost. */
        MARK_LOST,
        /** The timeline's mark of a final without a recorded winner. */
        MARK_DRAWN,
        /** The timeline's mark of an incident. */
        MARK_INCIDENT
    }

    /** No styling at all. */
    Styler PLAIN = (ink, text) -> text;

    /** {@code text} styled as {@code ink}; blank text and the plain styler leave it as it is. */
    String style(Ink ink, String text);

    default String header(String text) {
        return style(Ink.HEADER, text);
    }

    default String cell(Cell.Tone tone, String text) {
        return switch (tone) {
            case GOOD -> style(Ink.GOOD, text);
            case BAD -> style(Ink.BAD, text);
            case PLAIN -> text;
        };
    }
}
