package dev.herrera.render;

import dev.herrera.model.Career;
import dev.herrera.query.Gaps;
import java.util.ArrayList;
import java.util.List;

/** The time between jobs: what {@code gaps} prints. JSON gives one object per gap with the same fields. */
public final class GapListing {
    private GapListing() {
    }

    /** A gap as JSON shows it; {@code next} and {@code nextTeam} are null after the last job. */
    public record Row(String after, String team, String ended, String next, String nextTeam, String until,
            Long days, String gap) {
    }

    /** "93 days", "3 months"; a range such as "2-3 months" when a date is partial. */
    static String length(Gaps.Gap g) {
        if (g.days() != null) {
            return g.days() < 90 ? Columns.plural(g.days().intValue(), "day") : months(g.days()) + " months";
        }
        if (g.longest() < 90) {
            return g.shortest() + "-" + g.longest() + " days";
        }
        long lo = months(g.shortest());
        long hi = months(g.longest());
        return lo == hi ? "about " + lo + " months" : lo + "-" + hi + " months";
    }

    private static long months(long days) {
        return Math.round(days / (365.25 / 12));
    }

    public static Listing of(Career career, List<Gaps.Gap> gaps) {
        Listing.Builder b = Listing.builder("AFTER", "ENDED", "NEXT", "STARTED", "DAYS", "GAP");
        List<Row> rows = new ArrayList<>();
        for (Gaps.Gap g : gaps) {
            String team = career.teamOf(g.before().team()).name();
            String next = g.next() == null ? null : career.teamOf(g.next().team()).name();
            String started = g.next() == null ? "(none by " + g.until() + ")" : g.until().toString();
            String days = g.days() == null ? "" : String.valueOf(g.days());
            String length = length(g);
            b.row(team, g.before().end().toString(), next == null ? "" : next, started, days, length);
            rows.add(new Row(g.before().id(), team, g.before().end().toString(), g.next() == null ? null : g.next().id(),
                    next, g.until().toString(), g.days(), length));
        }
        b.footer(Columns.plural(gaps.size(), "gap") + "; where a date is known only to the month or year, the gap is the"
                + " range the dates allow");
        return b.build(rows);
    }
}
