package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import java.util.Comparator;
import java.util.List;

/**
 * Which job(s) he held on a date, a month or a year. {@code held} lists every stint that was (or,
 * with partial dates, may have been) running on some day of that span; when there is none,
 * {@code previous} is the last job that had surely ended by then and {@code next} the first that had
 * surely not yet begun (either is null before his first job or after his last).
 */
public record OnDate(PartialDate date, List<Stint> held, Stint previous, Stint next) {
    public OnDate {
        held = List.copyOf(held);
    }

    public static OnDate of(Career career, PartialDate date) {
        List<Stint> held = career.stints().stream().filter(s -> s.covers(date)).toList();
        if (!held.isEmpty()) {
            return new OnDate(date, held, null, null);
        }
        Stint previous = career.stints().stream()
                .filter(s -> s.end() != null && s.end().isSurelyBefore(date))
                .max(Comparator.comparing(Stint::end))
                .orElse(null);
        Stint next = career.stints().stream()
                .filter(s -> date.isSurelyBefore(s.start()))
                .min(Comparator.comparing(Stint::start))
                .orElse(null);
        return new OnDate(date, held, previous, next);
    }

    /** Whether the date falls between jobs (or before the first, or after the last). */
    public boolean betweenJobs() {
        return held.isEmpty();
    }
}
