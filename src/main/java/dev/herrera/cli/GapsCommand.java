package dev.herrera.cli;

import dev.herrera.query.Gaps;
import dev.herrera.render.GapListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "gaps", description = {
            "The time between jobs: from the end of one to the start of the next, and since his last job.",
            "DAYS is exact when both dates are full dates; when a date is known only to the month or year, GAP is "
                    + "the range the dates allow (e.g. 56-85 days). Jobs held at once leave no gap.",
            "",
            "Examples:",
            "",
            "  herrera gaps",
            "  herrera gaps --format csv",
            ""
        })
final class GapsCommand extends BaseCommand {
    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        return print(output.render(GapListing.of(career(), Gaps.of(career()))));
    }
}
