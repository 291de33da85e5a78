package dev.herrera.cli;

import dev.herrera.render.Cell;
import dev.herrera.render.Styler;
import java.util.List;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Table styling through picocli's ANSI support: bold headers, wins in green, losses in red. Text is
 * styled with {@link Ansi#apply}, not markup, so a value containing picocli's markup characters is
 * printed as it is.
 */
final class AnsiStyler implements Styler {
    static final AnsiStyler INSTANCE = new AnsiStyler();

    private AnsiStyler() {
    }

    @Override
    public String header(String text) {
        return style(text, Style.bold);
    }

    @Override
    public String cell(Cell.Tone tone, String text) {
        return switch (tone) {
            case GOOD -> style(text, Style.fg_green);
            case BAD -> style(text, Style.fg_red);
            case PLAIN -> text;
        };
    }

    private static String style(String text, IStyle style) {
        return Ansi.ON.apply(text, List.of(style)).toString();
    }
}
