package dev.herrera.cli;

import dev.herrera.model.PartialDate;
import dev.herrera.query.OnDate;
import dev.herrera.render.OnDateListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "on", description = {
            "Which job(s) he held on a date, in a month or in a year.",
            "Every job that may have run on some day of it is shown (he coached América and Mexico at once in "
                    + "late 2013); between jobs, the answer says so and names the job before and the job after.",
            "",
            "Examples:",
            "",
            "  herrera on 2013-11",
            "  herrera on 2014-06-15",
            "  herrera on 2015-09 --format json",
            ""
        })
final class OnCommand extends BaseCommand {
    @Parameters(paramLabel = "DATE", description = "A day, month or year: YYYY-MM-DD, YYYY-MM or YYYY.")
    PartialDate date;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        return print(output.render(OnDateListing.of(career(), OnDate.of(career(), date))));
    }
}
