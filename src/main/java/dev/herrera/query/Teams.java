package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every team in the dataset, with how many of his jobs and notable matches each has. */
public final class Teams {
    private Teams() {
    }

    /** A team and the records that name it: his jobs there, and matches played by it or against it. */
    public record Usage(Team team, int stints, int matches) {
    }

    /** Every team, in the dataset's order. */
    public static List<Usage> of(Career career) {
        Map<String, int[]> counts = new HashMap<>();
        for (Team t : career.teams()) {
            counts.put(t.id(), new int[2]);
        }
        for (Stint s : career.stints()) {
            counts.get(s.team())[0]++;
        }
        for (Match m : career.matches()) {
            counts.get(m.team())[1]++;
            if (!m.opponent().equals(m.team())) {
                counts.get(m.opponent())[1]++;
            }
        }
        List<Usage> usage = new ArrayList<>(career.teams().size());
        for (Team t : career.teams()) {
            int[] c = counts.get(t.id());
            usage.add(new Usage(t, c[0], c[1]));
        }
        return List.copyOf(usage);
    }
}
