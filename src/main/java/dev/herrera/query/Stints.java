package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import dev.herrera.model.TeamKind;
import java.util.ArrayList;
import java.util.List;

/** Questions about his jobs. */
public final class Stints {
    private Stints() {
    }

    /** Stints in the dataset's chronological order, narrowed to a team and/or a kind of team when given. */
    public static List<Stint> select(Career career, Team team, TeamKind kind) {
        return select(career, team, kind, Window.ALL);
    }

    /** As {@link #select(Career, Team, TeamKind)}, keeping only stints whose span overlaps the window. */
    public static List<Stint> select(Career career, Team team, TeamKind kind, Window window) {
        List<Stint> kept = new ArrayList<>();
        for (Stint s : career.stints()) {
            if ((team == null || s.team().equals(team.id()))
                    && (kind == null || career.teamOf(s.team()).kind() == kind)
                    && window.overlaps(s.start(), s.end())) {
                kept.add(s);
            }
        }
        return List.copyOf(kept);
    }
}
