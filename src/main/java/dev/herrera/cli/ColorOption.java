package dev.herrera.cli;

import dev.herrera.render.Styler;
import picocli.CommandLine.Option;

/** The --color option, shared by the listing commands and the timeline. */
final class ColorOption {
    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            completionCandidates = LabelCandidates.ColorModes.class,
            description = "Colour the output: ${COMPLETION-CANDIDATES}. auto colours only on a terminal, "
                    + "without NO_COLOR and with TERM other than dumb. Default: ${DEFAULT-VALUE}.")
    ColorMode mode;

    /** The styler the output is drawn with: colours when --color and the environment allow them. */
    Styler styler(Environment env) {
        return mode.enabled(env) ? AnsiStyler.INSTANCE : Styler.PLAIN;
    }
}
