package dev.herrera.render;

import dev.herrera.model.JobRecord;
import dev.herrera.model.Stint;
import dev.herrera.query.Records;
import java.util.ArrayList;
import java.util.List;

/**
 * His record job by job, with totals per scope under the table: what {@code record} prints. The table
 * names a job by its team and years; the AS OF column is filled only where the figures stop short of
 * the job's end. JSON gives one object per row
 * with the same fields, asOf always.
 */
public final class RecordListing {
    private RecordListing() {
    }

    /** A row as JSON shows it: the job, its team and dates, and the record's own fields. */
    public record Row(String stint, String team, String from, String to, String scope, String asOf, int games,
            Integer won, Integer drawn, Integer lost, Double winPercent, Integer goalsFor, Integer goalsAgainst,
            String note, List<String> sources) {
    }

    public static Listing of(List<Records.Row> rows, List<Stint> without, boolean withSources) {
        Listing.Builder b = Listing.builder(Columns.headers(withSources, "TEAM", "YEARS", "SCOPE", "AS OF",
                "GAMES", "WON", "DRAWN", "LOST", "WIN %", "GF", "GA"));
        List<Row> records = new ArrayList<>(rows.size());
        for (Records.Row row : rows) {
            Stint s = row.stint();
            JobRecord r = row.record();
            Double pct = row.winPercent();
            b.row(Columns.cells(withSources, r,
                    Cell.of(row.team().name()),
                    Cell.of(years(s)),
                    Cell.of(r.scope().label()),
                    // Only when the figures stop short of the job's end: else it says nothing new.
                    Cell.of(r.asOf().equals(s.end()) ? "" : r.asOf().toString()),
                    Cell.of(String.valueOf(r.games())),
                    Cell.of(number(r.won())),
                    Cell.of(number(r.drawn())),
                    Cell.of(number(r.lost())),
                    Cell.of(pct == null ? "" : String.valueOf(pct)),
                    Cell.of(number(r.goalsFor())),
                    Cell.of(number(r.goalsAgainst()))));
            records.add(new Row(s.id(), row.team().name(), s.start().toString(), s.isOngoing() ? null : s.end().toString(),
                    r.scope().label(), r.asOf().toString(), r.games(), r.won(), r.drawn(), r.lost(), pct,
                    r.goalsFor(), r.goalsAgainst(), r.note(), r.sources()));
        }
        for (Records.Total t : Records.totals(rows)) {
            b.footer(total(t));
        }
        if (!without.isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (Stint s : without) {
                ids.add(s.id());
            }
            b.footer("no record found for " + String.join(", ", ids));
        }
        return b.build(records);
    }

    /** "official: 9 jobs, 560 games; 8 with results: 260 won, 140 drawn, 120 lost (50.0%); goals ...". */
    static String total(Records.Total t) {
        StringBuilder sb = new StringBuilder(t.scope().label()).append(": ")
                .append(Columns.plural(t.jobs(), "job")).append(", ").append(Columns.plural(t.games(), "game"));
        if (t.withResults() > 0) {
            sb.append("; ").append(t.withResults() == t.jobs() ? "" : t.withResults() + " with results: ")
                    .append(t.won()).append(" won, ").append(t.drawn()).append(" drawn, ").append(t.lost())
                    .append(" lost (").append(t.winPercent()).append("% won)");
        }
        if (t.withGoals() > 0) {
            sb.append("; goals ").append(t.goalsFor()).append('-').append(t.goalsAgainst())
                    .append(t.withGoals() == t.jobs() ? "" : " in " + Columns.plural(t.withGoals(), "job"));
        }
        if (!t.gamesOnly().isEmpty()) {
            sb.append("; games only for ").append(String.join(", ", t.gamesOnly()));
        }
        return sb.toString();
    }

    /** "2011-2013", "2013" for a job within one year, "2025-" while it goes on: the job, in few columns. */
    static String years(Stint s) {
        int from = s.start().year();
        if (s.isOngoing()) {
            return from + "-";
        }
        int to = s.end().year();
        return from == to ? String.valueOf(from) : from + "-" + to;
    }

    private static String number(Integer n) {
        return n == null ? "" : String.valueOf(n);
    }
}
