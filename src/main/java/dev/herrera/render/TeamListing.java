package dev.herrera.render;

import dev.herrera.model.Team;
import dev.herrera.query.Teams;
import java.util.ArrayList;
import java.util.List;

/** Every team, with the names {@code --team} and {@code team NAME} accept: what {@code teams} prints. */
public final class TeamListing {
    private TeamListing() {
    }

    public static Listing of(List<Teams.Usage> usage) {
        Listing.Builder b = Listing.builder("ID", "NAME", "KIND", "COUNTRY", "ALIASES", "JOBS", "MATCHES");
        List<Team> teams = new ArrayList<>(usage.size());
        for (Teams.Usage u : usage) {
            Team t = u.team();
            teams.add(t);
            b.row(t.id(), t.name(), t.kind().label(), t.country(), String.join(", ", t.aliases()),
                    String.valueOf(u.stints()), String.valueOf(u.matches()));
        }
        b.footer(Columns.plural(usage.size(), "team") + "; --team and team NAME take an id, a name or an alias");
        return b.build(teams);
    }
}
