package dev.herrera.render;

import dev.herrera.model.Career;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** The jobs, one row each: what {@code stints} prints. */
public final class StintListing {
    private StintListing() {
    }

    /** {@code today} is asked for only when a job is still going on: finding it reads the time zone data. */
    public static Listing of(Career career, List<Stint> stints, Supplier<LocalDate> today, boolean withSources) {
        Listing.Builder b = Listing.builder(
                Columns.headers(withSources, "TEAM", "KIND", "ROLE", "FROM", "TO", "TENURE", "ENDED"));
        for (Stint s : stints) {
            Team team = career.teamOf(s.team());
            b.row(Columns.cells(withSources, s,
                    Cell.of(team.name()),
                    Cell.of(team.kind().label()),
                    Cell.of(s.role().label()),
                    Cell.of(s.start().toString()),
                    Cell.of(s.isOngoing() ? "present" : s.end().toString()),
                    Cell.of(Columns.tenure(s, today)),
                    Cell.of(s.isOngoing() ? "ongoing" : s.ended().label())));
        }
        return b.build(stints);
    }
}
