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
        return career.incidents().stream()
                .filter(i -> team == null || team.id().equals(i.team()))
                .toList();
    }
}
