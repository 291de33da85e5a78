package dev.herrera.cli;

import dev.herrera.query.Citations;
import dev.herrera.render.SourceListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sources",
        description = {
            "Where the facts come from: every source document, and how many records cite it.",
            "With --conflicts, every recorded disagreement between sources instead: the record, what each "
                    + "source says, what the dataset holds and why.",
            "",
            "Examples:",
            "",
            "  herrera sources",
            "  herrera sources --conflicts",
            "  herrera finals --sources",
            ""
        })
final class SourcesCommand extends BaseCommand {
    @Option(names = "--conflicts", description = "List every recorded disagreement between sources.")
    boolean conflicts;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        return print(output.render(conflicts
                ? SourceListing.conflicts(Citations.conflicts(career()))
                : SourceListing.of(Citations.usage(career()))));
    }
}
