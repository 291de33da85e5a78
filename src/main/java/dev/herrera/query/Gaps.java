package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The time between jobs: from the end of one (the last of those he held at once) to the start of the
 * next, and after the last job, to the day the data is current to when no job has followed.
 */
public final class Gaps {
    private Gaps() {
    }

    /**
     * One gap. {@code next} is null after the last job, and {@code until} is then the dataset's date.
     * {@code days} is exact when both dates are full dates, else null; the gap then lies between
     * {@code shortest} and {@code longest} days, as far as the partial dates tell.
     */
    public record Gap(Stint before, Stint next, PartialDate until, Long days, long shortest, long longest) {
    }

    /**
     * Every gap in the career, in order. Jobs held at once (a club job and a national team's) leave no
     * gap between them; a job that surely started before the one before ended is no gap either.
     */
    public static List<Gap> of(Career career) {
        List<Gap> gaps = new ArrayList<>();
        Stint latest = null;
        for (Stint s : career.stints()) {
            // A gap unless the next job surely began before the last one ended; partial dates may make it
            // one of unknown length, perhaps none, which its approximate length shows.
            if (latest != null && latest.end() != null && !s.start().isSurelyBefore(latest.end())) {
                gaps.add(gap(latest, s, s.start()));
            }
            if (latest == null || endsLater(s, latest)) {
                latest = s;
            }
        }
        if (latest != null && latest.end() != null && latest.end().isSurelyBefore(career.updated())) {
            gaps.add(gap(latest, null, career.updated()));
        }
        return List.copyOf(gaps);
    }

    private static Gap gap(Stint before, Stint next, PartialDate until) {
        PartialDate end = before.end();
        Long days = end.isExact() && until.isExact() ? ChronoUnit.DAYS.between(end.firstDay(), until.firstDay()) : null;
        long shortest = Math.max(0, ChronoUnit.DAYS.between(end.lastDay(), until.firstDay()));
        long longest = Math.max(shortest, ChronoUnit.DAYS.between(end.firstDay(), until.lastDay()));
        return new Gap(before, next, until, days, shortest, longest);
    }

    /** Whether {@code a} goes on later than {@code b}: no end is latest of all. */
    private static boolean endsLater(Stint a, Stint b) {
        if (b.end() == null) {
            return false;
        }
        if (a.end() == null) {
            return true;
        }
        LocalDate ea = a.end().lastDay();
        return ea.isAfter(b.end().lastDay());
    }
}
