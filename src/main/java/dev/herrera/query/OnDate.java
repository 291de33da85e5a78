package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.MediaRole;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import java.util.ArrayList;
import java.util.List;

/**
 * Which job(s) he held on a date, a month or a year. {@code held} lists every stint that was (or,
 * with partial dates, may have been) running on some day of that span; when there is none,
 * {@code previous} is the last job that had surely ended by then and {@code next} the first that had
 * surely not yet begun (either is null before his first job or after his last). {@code media} lists
 * the media roles he held then, whether or not he also had a job.
 */
public record OnDate(PartialDate date, List<Stint> held, Stint previous, Stint next, List<MediaRole> media) {
    public OnDate {
        held = List.copyOf(held);
        media = List.copyOf(media);
    }

    public static OnDate of(Career career, PartialDate date) {
        List<MediaRole> media = new ArrayList<>();
        for (MediaRole m : career.media()) {
            if (m.covers(date)) {
                media.add(m);
            }
        }
        List<Stint> held = new ArrayList<>();
        for (Stint s : career.stints()) {
            if (s.covers(date)) {
                held.add(s);
            }
        }
        if (!held.isEmpty()) {
            return new OnDate(date, held, null, null, media);
        }
        // On equal dates the first in the list is kept.
        Stint previous = null;
        Stint next = null;
        for (Stint s : career.stints()) {
            if (s.end() != null && s.end().isSurelyBefore(date)
                    && (previous == null || s.end().compareTo(previous.end()) > 0)) {
                previous = s;
            }
            if (date.isSurelyBefore(s.start()) && (next == null || s.start().compareTo(next.start()) < 0)) {
                next = s;
            }
        }
        return new OnDate(date, held, previous, next, media);
    }

    /** Whether the date falls between jobs (or before the first, or after the last). */
    public boolean betweenJobs() {
        return held.isEmpty();
    }
}
