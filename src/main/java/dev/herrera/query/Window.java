package dev.herrera.query;

import dev.herrera.model.PartialDate;
import java.time.LocalDate;

/**
 * A span of time to narrow records to: from the first day of {@code from} to the last day of
 * {@code to}; either end may be open (null). A record matches when its own span could share a day
 * with the window, so a stint known only as "2002 to 2004" falls in a window of 2004.
 */
public record Window(PartialDate from, PartialDate to) {
    /** No limit at all. */
    public static final Window ALL = new Window(null, null);

    public Window {
        if (from != null && to != null && to.isSurelyBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The whole of one calendar year. */
    public static Window year(int year) {
        PartialDate y = new PartialDate(year, 0, 0);
        return new Window(y, y);
    }

    /** Whether a record dated {@code date} (the whole span the date names) falls in the window. */
    public boolean overlaps(PartialDate date) {
        return overlaps(date, date);
    }

    /** Whether the span from {@code start} to {@code end} (null: still going on) shares a day with the window. */
    public boolean overlaps(PartialDate start, PartialDate end) {
        LocalDate last = end == null ? LocalDate.MAX : end.lastDay();
        boolean afterStart = from == null || !last.isBefore(from.firstDay());
        boolean beforeEnd = to == null || !start.firstDay().isAfter(to.lastDay());
        return afterStart && beforeEnd;
    }
}
