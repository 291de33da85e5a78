package dev.herrera.cli;

import dev.herrera.query.Finals;
import dev.herrera.render.FinalListing;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "finals", description = {
            "Every final he reached as a manager, with score and result.",
            "League and cup finals and one-match trophy deciders. A two-legged score shows the aggregate, "
                    + "then each leg in brackets, then any shoot-out; a last line counts the finals won and lost.",
            "",
            "Examples:",
            "",
            "  herrera finals --won",
            "  herrera finals --team monterrey",
            "  herrera finals --from 2015 --to 2019",
            ""
        })
final class FinalsCommand extends ListingCommand {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ResultOptions result;

    @Override
    public Integer call() {
        var finals = Finals.select(career(), team(team.name), ResultOptions.of(result), window.window());
        return print(output.render(FinalListing.of(career(), finals, sources.show)));
    }
}
