package dev.herrera.cli;

import dev.herrera.query.TeamReport;
import dev.herrera.render.TeamReportListing;
import java.time.LocalDate;
import java.util.List;
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
            "  herrera team el tri",
            ""
        })
final class TeamCommand extends BaseCommand {
    @Parameters(paramLabel = "NAME", arity = "1..*", completionCandidates = TeamCandidates.class,
            description = "The team's name, id or alias, quoted or not (team el tri); case and accents ignored. "
                    + "'herrera teams' lists them.")
    List<String> name;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        return print(output.render(TeamReportListing.of(career(), TeamReport.of(career(), team(String.join(" ", name))), LocalDate::now)));
    }
}
