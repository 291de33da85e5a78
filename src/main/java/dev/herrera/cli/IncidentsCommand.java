package dev.herrera.cli;

import dev.herrera.query.Incidents;
import dev.herrera.render.IncidentListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "incidents", description = {
            "Every controversy: date, what happened, where, who was involved and what followed.",
            "",
            "Examples:",
            "",
            "  herrera incidents",
            "  herrera incidents --year 2023",
            "  herrera incidents --format json",
            ""
        })
final class IncidentsCommand extends ListingCommand {
    @Override
    public Integer call() {
        return print(output.render(IncidentListing.of(Incidents.select(career(), team(team.name), window.window()), sources.show)));
    }
}
