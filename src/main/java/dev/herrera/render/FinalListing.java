package dev.herrera.render;

import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.query.Finals;
import java.util.List;

/** The finals, one row each and a count of those won and lost: what {@code finals} prints. */
public final class FinalListing {
    private FinalListing() {
    }

    public static Listing of(Career career, List<Match> finals, boolean withSources) {
        Listing.Builder b = Listing.builder(
                Columns.headers(withSources, "DATE", "COMPETITION", "SEASON", "TEAM", "OPPONENT", "SCORE", "RESULT"));
        for (Match m : finals) {
            b.row(Columns.cells(withSources, m,
                    Cell.of(m.date().toString()),
                    Cell.of(m.competition()),
                    Cell.of(m.season()),
                    Cell.of(career.teamOf(m.team()).name()),
                    Cell.of(career.teamOf(m.opponent()).name()),
                    Cell.of(Scores.format(m.score())),
                    Columns.outcome(m.outcome())));
        }
        Finals.Tally tally = Finals.Tally.of(finals);
        b.footer(Columns.plural(tally.finals(), "final") + ": " + tally.won() + " won, " + tally.lost() + " lost");
        return b.build(finals);
    }
}
