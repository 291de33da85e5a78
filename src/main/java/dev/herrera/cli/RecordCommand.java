package dev.herrera.cli;

import dev.herrera.query.Records;
import dev.herrera.render.RecordListing;
import picocli.CommandLine.Command;

@Command(name = "record", description = {
            "His record in each job: games, won, drawn, lost, win %% and goals where known, as the sources count them.",
            "Each row names its scope (all-games, official, league-and-playoffs or league) and the date its figures "
                    + "are as of. The lines under the table add up each scope on its own — figures of different "
                    + "scopes are never added together — and say which jobs have games only or no record.",
            "",
            "Examples:",
            "",
            "  herrera record",
            "  herrera record --team america --sources",
            "  herrera record --from 2015 --format json",
            ""
        })
final class RecordCommand extends ListingCommand {
    @Override
    public Integer call() {
        var team = team(this.team.name);
        var window = this.window.window();
        return print(output.render(RecordListing.of(Records.select(career(), team, window),
                Records.without(career(), team, window), sources.show)));
    }
}
