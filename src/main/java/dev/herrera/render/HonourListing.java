package dev.herrera.render;

import dev.herrera.model.Career;
import dev.herrera.model.Honour;
import dev.herrera.model.Match;
import dev.herrera.query.Honours;
import java.util.ArrayList;
import java.util.List;

/**
 * The titles his teams won — one per final won — then his individual honours: what {@code honours}
 * prints. JSON gives one object per row with the same fields.
 */
public final class HonourListing {
    private HonourListing() {
    }

    /** A row as JSON shows it. {@code match} is the final's id for a title, {@code id} the honour's. */
    public record Row(String kind, String date, String honour, String season, String team, String detail,
            String match, String id, List<String> sources) {
    }

    public static Listing of(Career career, Honours.Answer answer, boolean withSources) {
        Listing.Builder b = Listing.builder(Columns.headers(withSources, "KIND", "DATE", "HONOUR", "SEASON", "TEAM",
                "DETAIL"));
        List<Row> rows = new ArrayList<>();
        for (Match m : answer.titles()) {
            String team = career.teamOf(m.team()).name();
            String detail = "final v " + career.teamOf(m.opponent()).name() + ", " + Scores.format(m.score());
            b.row(Columns.cells(withSources, m, Cell.of("title"), Cell.of(m.date().toString()), Cell.of(m.competition()),
                    Cell.of(m.season()), Cell.of(team), Cell.of(detail)));
            rows.add(new Row("title", m.date().toString(), m.competition(), m.season(), team, detail, m.id(), null,
                    m.sources()));
        }
        for (Honour h : answer.individual()) {
            String team = h.team() == null ? "" : career.teamOf(h.team()).name();
            String detail = h.result() + " (" + h.awardedBy() + ")";
            b.row(Columns.cells(withSources, h, Cell.of("individual"), Cell.of(h.date().toString()),
                    Cell.of(h.title()), Cell.of(""), Cell.of(team), Cell.of(detail)));
            rows.add(new Row("individual", h.date().toString(), h.title(), null, h.team() == null ? null : team,
                    detail, null, h.id(), h.sources()));
        }
        b.footer(Columns.plural(answer.titles().size(), "title") + ", "
                + Columns.plural(answer.individual().size(), "individual honour"));
        return b.build(rows);
    }
}
