package dev.herrera.render;

import dev.herrera.model.Source;
import dev.herrera.query.Citations;
import java.util.ArrayList;
import java.util.List;

/** The sources and the disagreements between them: what {@code sources} prints. */
public final class SourceListing {
    private SourceListing() {
    }

    /** The source registry with how many records cite each source. */
    public static Listing of(List<Citations.Usage> usage) {
        Listing.Builder b = Listing.builder("ID", "LANG", "KIND", "TITLE", "PUBLISHER", "PUBLISHED", "CITED", "URL");
        List<Source> sources = new ArrayList<>(usage.size());
        for (Citations.Usage u : usage) {
            Source s = u.source();
            sources.add(s);
            b.row(s.id(), s.language(), s.kind().label(), s.title(), s.publisher(),
                    s.published() == null ? null : s.published().toString(), String.valueOf(u.records()), s.url());
        }
        b.footer(usage.size() + " sources");
        return b.build(sources);
    }

    /** Every recorded disagreement: one row per claim, each row complete so it can be filtered alone. */
    public static Listing conflicts(List<Citations.Conflict> conflicts) {
        Listing.Builder b = Listing.builder("RECORD", "ABOUT", "SOURCE", "SAYS", "HOLDS", "WHY");
        for (Citations.Conflict c : conflicts) {
            for (var claim : c.claims()) {
                b.row(c.record(), c.about(), claim.source(), claim.says(), c.holds(), c.why());
            }
        }
        b.footer(Columns.plural(conflicts.size(), "disagreement") + " recorded");
        return b.build(conflicts);
    }
}
