package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Team;
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
        return career.incidents().stream()
                .filter(i -> team == null || team.id().equals(i.team()))
                .filter(i -> window.overlaps(i.date()))
                .toList();
    }
}
