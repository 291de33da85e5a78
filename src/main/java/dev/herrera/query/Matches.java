package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.model.Outcome;
import dev.herrera.model.Stage;
import dev.herrera.model.Team;
import java.util.ArrayList;
import java.util.List;

/** Questions about the notable matches of his teams. */
public final class Matches {
    private Matches() {
    }

    /**
     * What to keep; every part may be null (no limit). {@code competition} matches any competition
     * whose name contains it, ignoring case, accents, spaces and punctuation ({@code "world cup"}
     * matches both "FIFA World Cup" and "FIFA World Cup qualification").
     */
    public record Filter(Team team, Team opponent, Stage stage, String competition, Window window, Outcome outcome) {
        public static final Filter ALL = new Filter(null, null, null, null, Window.ALL, null);

        public Filter {
            window = window == null ? Window.ALL : window;
        }
    }

    /** Matches in the dataset's chronological order that pass every part of the filter. */
    public static List<Match> select(Career career, Filter filter) {
        String competition = filter.competition() == null ? null : Names.fold(filter.competition());
        List<Match> kept = new ArrayList<>();
        for (Match m : career.matches()) {
            if ((filter.team() == null || m.team().equals(filter.team().id()))
                    && (filter.opponent() == null || m.opponent().equals(filter.opponent().id()))
                    && (filter.stage() == null || m.stage() == filter.stage())
                    && (competition == null || Names.fold(m.competition()).contains(competition))
                    && (filter.outcome() == null || m.outcome() == filter.outcome())
                    && filter.window().overlaps(m.date())) {
                kept.add(m);
            }
        }
        return List.copyOf(kept);
    }

    /** Won, drawn and lost counts over a list of matches. */
    public record Record(int played, int won, int drawn, int lost) {
        public static Record of(List<Match> matches) {
            return new Record(matches.size(),
                    count(matches, Outcome.WON), count(matches, Outcome.DRAWN), count(matches, Outcome.LOST));
        }
    }

    /** How many of the matches had this outcome. */
    static int count(List<Match> matches, Outcome outcome) {
        int n = 0;
        for (Match m : matches) {
            if (m.outcome() == outcome) {
                n++;
            }
        }
        return n;
    }
}
