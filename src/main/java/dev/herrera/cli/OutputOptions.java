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
                    + "terminal, tab-separated values with a header line when it is piped. json is an array of "
                    + "records with the dataset's field names.")
    Format format;

    @Mixin
    ColorOption color;

    /** The listing as text in the chosen format, styled when the format and the environment allow. */
    String render(Listing listing) {
        Environment env = environment();
        Format chosen = format != null ? format : env.stdoutIsTerminal() ? Format.TABLE : Format.TSV;
        return Renderer.render(listing, chosen, chosen == Format.TABLE ? color.styler(env) : Styler.PLAIN);
    }

    private Environment environment() {
        return mixee.root().userObject() instanceof HerreraCommand root ? root.environment() : Environment.PIPE;
    }
}
