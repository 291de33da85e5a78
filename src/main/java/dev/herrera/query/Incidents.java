package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Team;
import java.util.ArrayList;
import java.util.List;

/** Questions about the controversies. */
public final class Incidents {
    private Incidents() {
    }

    public static List<Incident> select(Career career, Team team) {
        return select(career, team, Window.ALL);
    }

    /** Incidents while he managed {@code team} (all when null), dated inside the window. */
    public static List<Incident> select(Career career, Team team, Window window) {
        List<Incident> kept = new ArrayList<>();
        for (Incident i : career.incidents()) {
            if ((team == null || team.id().equals(i.team())) && window.overlaps(i.date())) {
                kept.add(i);
            }
        }
        return List.copyOf(kept);
    }
}
