package dev.herrera.cli;

import dev.herrera.model.Outcome;
import dev.herrera.query.Finals;
import dev.herrera.render.Views;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
final class FinalsCommand extends BaseCommand {
    static final class Result {
        @Option(names = "--won", required = true, description = "Only finals he won.")
        boolean won;

        @Option(names = "--lost", required = true, description = "Only finals he lost.")
        boolean lost;

        Outcome outcome() {
            return won ? Outcome.WON : lost ? Outcome.LOST : null;
        }
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Result result;

    @Option(names = "--team", paramLabel = "NAME",
            description = "Only this team (name, id or alias; case and accents ignored).")
    String team;

    @Mixin
    SourcesOption sources;

    @Mixin
    WindowOptions window;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        var finals = Finals.select(career(), team(team), result == null ? null : result.outcome(), window.window());
        return print(output.render(Views.finals(career(), finals, sources.show)));
    }
}
