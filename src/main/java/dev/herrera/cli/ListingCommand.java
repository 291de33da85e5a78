package dev.herrera.cli;

import picocli.CommandLine.Mixin;

/**
 * A command that lists cited records — stints, finals, incidents, matches — and takes the options
 * they share: {@code --team}, {@code --sources}, the window ({@code --year}, {@code --from},
 * {@code --to}) and the output options.
 */
abstract class ListingCommand extends BaseCommand {
    @Mixin
    TeamOption team;

    @Mixin
    SourcesOption sources;

    @Mixin
    WindowOptions window;

    @Mixin
    OutputOptions output;
}
