package dev.herrera.query;

import dev.herrera.model.PartialDate;
import java.time.temporal.ChronoUnit;

/**
 * How long a job lasted. Exact when both ends are full dates. Otherwise the partial dates allow a
 * range of lengths; the tenure is the middle of that range, rounded to whole years when an end is
 * known only to the year, and marked approximate.
 */
public record Tenure(long days, int years, int months, boolean approximate) {
    private static final double DAYS_PER_MONTH = 365.25 / 12;

    public static Tenure between(PartialDate start, PartialDate end) {
        if (start.isExact() && end.isExact()) {
            // Whole months as Period.between counts them; Period itself compiles a regular expression
            // when its class is first used, at every start.
            long months = ChronoUnit.MONTHS.between(start.firstDay(), end.firstDay());
            return new Tenure(ChronoUnit.DAYS.between(start.firstDay(), end.firstDay()), (int) (months / 12),
                    (int) (months % 12), false);
        }
        long shortest = Math.max(0, ChronoUnit.DAYS.between(start.lastDay(), end.firstDay()));
        long longest = Math.max(0, ChronoUnit.DAYS.between(start.firstDay(), end.lastDay()));
        long days = (shortest + longest) / 2;
        int totalMonths = (int) Math.round(days / DAYS_PER_MONTH);
        boolean yearsOnly = start.precision() == PartialDate.Precision.YEAR
                || end.precision() == PartialDate.Precision.YEAR;
        if (yearsOnly && totalMonths >= 12) {
            return new Tenure(days, Math.round(totalMonths / 12f), 0, true);
        }
        return new Tenure(days, totalMonths / 12, totalMonths % 12, true);
    }

    /** e.g. {@code 1y 7m}, {@code 45 days}, {@code ~2y}. */
    @Override
    public String toString() {
        String body;
        if (!approximate && days < 90) {
            body = days + (days == 1 ? " day" : " days");
        } else if (years == 0 && months == 0) {
            body = "<1m";
        } else if (years == 0) {
            body = months + "m";
        } else if (months == 0) {
            body = years + "y";
        } else {
            body = years + "y " + months + "m";
        }
        return (approximate ? "~" : "") + body;
    }
}
