package dev.herrera.cli;

import dev.herrera.render.Styler;
import java.util.List;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Styling through picocli's ANSI support: bold headers, wins in green, losses in red, and the
 * timeline's bars and marks. Text is styled with {@link Ansi#apply}, not markup, so a value
 * containing picocli's markup characters is printed as it is.
 */
final class AnsiStyler implements Styler {
    static final AnsiStyler INSTANCE = new AnsiStyler();

    private static final List<IStyle> HEADER = List.of(Style.bold);
    private static final List<IStyle> GOOD = List.of(Style.fg_green);
    private static final List<IStyle> BAD = List.of(Style.fg_red);
    private static final List<IStyle> CLUB = List.of(Style.fg_cyan);
    private static final List<IStyle> NATIONAL = List.of(Style.fg_magenta);
    private static final List<IStyle> MARK_WON = List.of(Style.bold, Style.fg_green);
    private static final List<IStyle> MARK_LOST = List.of(Style.bold, Style.fg_red);
    private static final List<IStyle> MARK_DRAWN = List.of(Style.bold);
    private static final List<IStyle> MARK_INCIDENT = List.of(Style.bold, Style.fg_yellow);

    private AnsiStyler() {
    }

    @Override
    public String style(Ink ink, String text) {
        if (text.isBlank()) {
            return text;
        }
        List<IStyle> styles = switch (ink) {
            case HEADER -> HEADER;
            case GOOD -> GOOD;
            case BAD -> BAD;
            case CLUB -> CLUB;
            case NATIONAL -> NATIONAL;
            case MARK_WON -> MARK_WON;
            case MARK_LOST -> MARK_LOST;
            case MARK_DRAWN -> MARK_DRAWN;
            case MARK_INCIDENT -> MARK_INCIDENT;
        };
        return Ansi.ON.apply(text, styles).toString();
    }
}
