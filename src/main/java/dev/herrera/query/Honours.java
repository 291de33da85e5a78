package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Honour;
import dev.herrera.model.Match;
import dev.herrera.model.Outcome;
import dev.herrera.model.Team;
import java.util.ArrayList;
import java.util.List;

/** His honours: the titles his teams won (the finals he won) and his individual honours. */
public final class Honours {
    private Honours() {
    }

    /** The titles — finals won — and the individual honours of {@code team} (null: all) in the window. */
    public record Answer(List<Match> titles, List<Honour> individual) {
        public Answer {
            titles = List.copyOf(titles);
            individual = List.copyOf(individual);
        }
    }

    public static Answer of(Career career, Team team, Window window) {
        List<Match> titles = new ArrayList<>();
        for (Match m : Finals.select(career, team, Outcome.WON, window)) {
            titles.add(m);
        }
        List<Honour> individual = new ArrayList<>();
        for (Honour h : career.honours()) {
            if ((team == null || team.id().equals(h.team())) && window.overlaps(h.date())) {
                individual.add(h);
            }
        }
        return new Answer(titles, individual);
    }
}
