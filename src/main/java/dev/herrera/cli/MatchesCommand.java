package dev.herrera.cli;

import dev.herrera.model.Stage;
import dev.herrera.query.Matches;
import dev.herrera.render.MatchListing;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "matches", description = {
            "Every notable match, with score and result from his side.",
            "Finals, semi-finals, play-offs, World Cup and Gold Cup games and milestones; a last line counts wins, "
                    + "draws and losses. Filters combine: each one narrows the list further.",
            "",
            "Examples:",
            "",
            "  herrera matches --team mexico --competition \"world cup\"",
            "  herrera matches --stage semi-final --lost",
            "  herrera matches --opponent cruz-azul --from 2013 --to 2018",
            ""
        })
final class MatchesCommand extends ListingCommand {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ResultOptions.WithDraws result;

    @Option(names = "--opponent", paramLabel = "NAME", completionCandidates = TeamCandidates.class,
            description = "Only matches against this team (name, id or alias; case and accents ignored).")
    String opponent;

    @Option(names = "--stage", paramLabel = "STAGE", completionCandidates = LabelCandidates.Stages.class,
            description = "Only this stage: ${COMPLETION-CANDIDATES}.")
    Stage stage;

    @Option(names = "--competition", paramLabel = "TEXT",
            description = "Only competitions whose name contains this text (case, accents, spaces and punctuation "
                    + "ignored: \"world cup\" also finds the qualifiers).")
    String competition;

    @Override
    public Integer call() {
        var filter = new Matches.Filter(team(team.name), team(opponent), stage, competition, window.window(),
                ResultOptions.of(result));
        return print(output.render(MatchListing.of(career(), Matches.select(career(), filter), sources.show)));
    }
}
