package dev.herrera.cli;

import dev.herrera.query.Teams;
import dev.herrera.render.TeamListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "teams", description = {
            "Every team in the dataset: id, name, kind, country and aliases, and how many of his jobs and notable "
                    + "matches each has.",
            "Any id, name or alias here is what --team, --opponent and 'team NAME' accept, case and accents ignored.",
            "",
            "Examples:",
            "",
            "  herrera teams",
            "  herrera teams --format json",
            ""
        })
final class TeamsCommand extends BaseCommand {
    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        return print(output.render(TeamListing.of(Teams.of(career()))));
    }
}
