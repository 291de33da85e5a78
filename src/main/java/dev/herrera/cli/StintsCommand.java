package dev.herrera.cli;

import dev.herrera.model.TeamKind;
import dev.herrera.query.Stints;
import dev.herrera.render.StintListing;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stints", description = {
            "Every managerial job, in chronological order: team, kind, role, from, to, tenure and how it ended. "
                    + "A tenure measured from a partial date (a year or a month) is approximate: ~2y.",
            "",
            "Examples:",
            "",
            "  herrera stints --team tecos",
            "  herrera stints --year 2013",
            "  herrera stints --kind national --format json",
            ""
        })
final class StintsCommand extends ListingCommand {
    @Option(names = "--kind", paramLabel = "KIND", completionCandidates = LabelCandidates.TeamKinds.class,
            description = "Only jobs of this kind: ${COMPLETION-CANDIDATES}.")
    TeamKind kind;

    @Override
    public Integer call() {
        var stints = Stints.select(career(), team(team.name), kind, window.window());
        return print(output.render(StintListing.of(career(), stints, LocalDate::now, sources.show)));
    }
}
