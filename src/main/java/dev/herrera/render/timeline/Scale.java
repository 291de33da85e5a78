package dev.herrera.render.timeline;

import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * Maps days to positions along the time axis, as a fraction of its length: 0 at the start of the
 * first day of {@code firstYear}, 1 at the end of the last day of {@code lastYear}. Renderers
 * multiply by their own length (columns, pixels), so they place everything in the same proportion.
 */
public record Scale(int firstYear, int lastYear) {
    public Scale {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("the axis ends (" + lastYear + ") before it starts (" + firstYear + ")");
        }
    }

    public LocalDate firstDay() {
        return LocalDate.of(firstYear, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(lastYear, 12, 31);
    }

    public int years() {
        return lastYear - firstYear + 1;
    }

    public IntStream eachYear() {
        return IntStream.rangeClosed(firstYear, lastYear);
    }

    /** Where {@code day} begins. */
    public double at(LocalDate day) {
        double total = lastDay().toEpochDay() + 1 - firstDay().toEpochDay();
        double f = (day.toEpochDay() - firstDay().toEpochDay()) / total;
        return Math.max(0, Math.min(1, f));
    }

    /** Where {@code day} ends (the start of the next day). */
    public double after(LocalDate day) {
        return at(day.plusDays(1));
    }

    /** Where {@code year} begins. */
    public double year(int year) {
        return at(LocalDate.of(year, 1, 1));
    }

    /** The cell, of {@code cells} equal cells along the axis, that holds position {@code f}. */
    public static int cell(double f, int cells) {
        return Math.max(0, Math.min(cells - 1, (int) Math.floor(f * cells)));
    }
}
