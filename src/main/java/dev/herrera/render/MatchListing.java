package dev.herrera.render;

import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.query.Matches;
import java.util.List;

/** The notable matches, one row each and their record: what {@code matches} prints. */
public final class MatchListing {
    private MatchListing() {
    }

    public static Listing of(Career career, List<Match> matches, boolean withSources) {
        Listing.Builder b = Listing.builder(Columns.headers(withSources,
                "DATE", "COMPETITION", "SEASON", "STAGE", "TEAM", "OPPONENT", "SCORE", "RESULT"));
        for (Match m : matches) {
            b.row(Columns.cells(withSources, m,
                    Cell.of(m.date().toString()),
                    Cell.of(m.competition()),
                    Cell.of(m.season()),
                    Cell.of(m.stage().label()),
                    Cell.of(career.teamOf(m.team()).name()),
                    Cell.of(career.teamOf(m.opponent()).name()),
                    Cell.of(Scores.format(m.score())),
                    Columns.outcome(m.outcome())));
        }
        b.footer(Columns.record(Matches.Record.of(matches)));
        return b.build(matches);
    }
}
