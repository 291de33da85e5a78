package dev.herrera.cli;

import dev.herrera.render.Format;
import dev.herrera.render.Listing;
import dev.herrera.render.Renderer;
import picocli.CommandLine.Option;

/** The output options every listing command takes. */
final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table or json (an array of records with the dataset's field names). Default: ${DEFAULT-VALUE}.")
    Format format;

    /** The listing as text in the chosen format. */
    String render(Listing listing) {
        return Renderer.render(listing, format);
    }
}
