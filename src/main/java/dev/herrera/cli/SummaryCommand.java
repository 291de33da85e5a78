package dev.herrera.cli;

import dev.herrera.query.Summary;
import dev.herrera.render.SummaryListing;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "summary", description = {
            "The career in numbers.",
            "Jobs, clubs, national teams, years from his first job to the end of his last, finals won and lost, "
                    + "titles (finals won) by competition and incidents.",
            "",
            "Examples:",
            "",
            "  herrera summary",
            "  herrera summary --format json",
            ""
        })
final class SummaryCommand extends BaseCommand {
    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        return print(output.render(SummaryListing.of(Summary.of(career(), LocalDate::now))));
    }
}
