package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.model.Outcome;
import dev.herrera.model.Team;
import java.util.List;

/** Questions about the finals he reached. */
public final class Finals {
    private Finals() {
    }

    /** Totals over a list of finals. */
    public record Tally(int finals, int won, int lost) {
        public static Tally of(List<Match> finals) {
            int won = (int) finals.stream().filter(m -> m.outcome() == Outcome.WON).count();
            int lost = (int) finals.stream().filter(m -> m.outcome() == Outcome.LOST).count();
            return new Tally(finals.size(), won, lost);
        }
    }

    /** Every final in date order, narrowed to a team and/or an outcome when given. */
    public static List<Match> select(Career career, Team team, Outcome outcome) {
        return select(career, team, outcome, Window.ALL);
    }

    /** As {@link #select(Career, Team, Outcome)}, keeping only finals dated inside the window. */
    public static List<Match> select(Career career, Team team, Outcome outcome, Window window) {
        return career.matches().stream()
                .filter(Match::isFinal)
                .filter(m -> team == null || m.team().equals(team.id()))
                .filter(m -> outcome == null || m.outcome() == outcome)
                .filter(m -> window.overlaps(m.date()))
                .toList();
    }
}
