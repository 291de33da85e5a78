package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.model.Outcome;
import dev.herrera.model.Team;
import java.util.ArrayList;
import java.util.List;

/** Questions about the finals he reached. */
public final class Finals {
    private Finals() {
    }

    /** Totals over a list of finals. */
    public record Tally(int finals, int won, int lost) {
        public static Tally of(List<Match> finals) {
            return new Tally(finals.size(), Matches.count(finals, Outcome.WON), Matches.count(finals, Outcome.LOST));
        }
    }

    /** Every final in date order, narrowed to a team and/or an outcome when given. */
    public static List<Match> select(Career career, Team team, Outcome outcome) {
        return select(career, team, outcome, Window.ALL);
    }

    /** As {@link #select(Career, Team, Outcome)}, keeping only finals dated inside the window. */
    public static List<Match> select(Career career, Team team, Outcome outcome, Window window) {
        List<Match> kept = new ArrayList<>();
        for (Match m : career.matches()) {
            if (m.isFinal() && (team == null || m.team().equals(team.id()))
                    && (outcome == null || m.outcome() == outcome) && window.overlaps(m.date())) {
                kept.add(m);
            }
        }
        return List.copyOf(kept);
    }
}
