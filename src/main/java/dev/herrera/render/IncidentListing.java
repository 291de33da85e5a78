package dev.herrera.render;

import dev.herrera.model.Incident;
import java.util.List;

/** The controversies, one row each: what {@code incidents} prints. */
public final class IncidentListing {
    private IncidentListing() {
    }

    public static Listing of(List<Incident> incidents, boolean withSources) {
        Listing.Builder b = Listing.builder(
                Columns.headers(withSources, "DATE", "TITLE", "PLACE", "PEOPLE", "CONSEQUENCE"));
        for (Incident i : incidents) {
            b.row(Columns.cells(withSources, i,
                    Cell.of(i.date().toString()),
                    Cell.of(i.title()),
                    Cell.of(i.place()),
                    Cell.of(String.join(", ", i.people())),
                    Cell.of(i.consequence())));
        }
        return b.build(incidents);
    }
}
