package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.model.Outcome;
import dev.herrera.model.Stage;
import dev.herrera.model.Team;
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
        return career.matches().stream()
                .filter(m -> filter.team() == null || m.team().equals(filter.team().id()))
                .filter(m -> filter.opponent() == null || m.opponent().equals(filter.opponent().id()))
                .filter(m -> filter.stage() == null || m.stage() == filter.stage())
                .filter(m -> competition == null || Names.fold(m.competition()).contains(competition))
                .filter(m -> filter.outcome() == null || m.outcome() == filter.outcome())
                .filter(m -> filter.window().overlaps(m.date()))
                .toList();
    }

    /** Won, drawn and lost counts over a list of matches. */
    public record Record(int played, int won, int drawn, int lost) {
        public static Record of(List<Match> matches) {
            return new Record(matches.size(),
                    count(matches, Outcome.WON), count(matches, Outcome.DRAWN), count(matches, Outcome.LOST));
        }

        private static int count(List<Match> matches, Outcome outcome) {
            return (int) matches.stream().filter(m -> m.outcome() == outcome).count();
        }
    }
}
