package dev.herrera.cli;

import dev.herrera.render.Format;
import dev.herrera.render.Listing;
import dev.herrera.render.Renderer;
import dev.herrera.render.Styler;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The output options every listing command takes, and the one place that decides the format and
 * colour of what a command prints: commands call {@link #render(Listing)} and nothing else.
 */
final class OutputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = LabelCandidates.Formats.class,
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: an aligned table when stdout is a "
                    + "terminal or --color always is given, tab-separated values with a header line when it is "
                    + "piped. json is an array of records with the dataset's field names.")
    Format format;

    @Option(names = "--wide", description = "On a terminal, print every value whole, even if lines then wrap. "
            + "(Tables are fitted to the terminal's width, long values shortened with …; piped output is always whole.)")
    boolean wide;

    @Mixin
    ColorOption color;

    /**
     * The listing as text in the chosen format, styled when the format and the environment allow. On a
     * terminal a table fits its width; --color always asks for the coloured table in a pipe too (as
     * for {@code less -R}), whole there.
     */
    String render(Listing listing) {
        Environment env = environment();
        boolean table = env.stdoutIsTerminal() || color.mode == ColorMode.ALWAYS;
        Format chosen = format != null ? format : table ? Format.TABLE : Format.TSV;
        int width = env.stdoutIsTerminal() && !wide ? env.columns(TERMINAL_WIDTH) : 0;
        return Renderer.render(listing, chosen, chosen == Format.TABLE ? color.styler(env) : Styler.PLAIN, width);
    }

    /** The width of a terminal that gives none. */
    static final int TERMINAL_WIDTH = 80;

    private Environment environment() {
        return mixee.root().userObject() instanceof HerreraCommand root ? root.environment() : Environment.PIPE;
    }
}
