package dev.herrera.cli;

import dev.herrera.query.TeamReport;
import dev.herrera.render.TeamListing;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "team", description = {
            "Everything about one team: stints, matches, finals and incidents, with totals.",
            "His stints in charge of it, the matches his teams played for or against it (finals marked), the "
                    + "incidents while he managed it, and a last line of totals; results are from his side.",
            "",
            "Examples:",
            "",
            "  herrera team xolos",
            "  herrera team \"club america\" --format json",
            ""
        })
final class TeamCommand extends BaseCommand {
    @Parameters(paramLabel = "NAME", description = "The team's name, id or alias; case and accents ignored.")
    String name;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        return print(output.render(TeamListing.of(career(), TeamReport.of(career(), team(name)), LocalDate::now)));
    }
}
