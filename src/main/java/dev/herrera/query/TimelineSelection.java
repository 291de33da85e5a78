package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a timeline shows: the stints, finals and incidents in a period ({@link Window}), narrowed to
 * a team, and the days the picture spans. A record is in the period when any day it may span is, so
 * a stint ending {@code 2007-09} is in a period from {@code 2007-09-20}.
 */
public final class TimelineSelection {
    private TimelineSelection() {
    }

    /**
     * The records a timeline draws and the days it covers: the period asked for, or where a bound
     * is not given, the first or last day any selected record may span (when nothing is selected,
     * any record of the career).
     */
    public record Selection(List<Stint> stints, List<Match> finals, List<Incident> incidents,
            LocalDate from, LocalDate to, LocalDate asOf) {
        public Selection {
            stints = List.copyOf(stints);
            finals = List.copyOf(finals);
            incidents = List.copyOf(incidents);
        }

        public boolean isEmpty() {
            return stints.isEmpty() && finals.isEmpty() && incidents.isEmpty();
        }
    }

    /**
     * Selects what falls in {@code [from, to]} (either may be null for no bound) for {@code team}
     * (null for every team). A job still going on runs to {@code asOf}, the day the data is current
     * to.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public static Selection select(Career career, Team team, PartialDate from, PartialDate to, LocalDate asOf) {
        if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
        Window window = new Window(from, to);
        LocalDate lo = from == null ? LocalDate.MIN : from.firstDay();
        LocalDate hi = to == null ? LocalDate.MAX : to.lastDay();
        List<Stint> stints = new ArrayList<>();
        for (Stint s : career.stints()) {
            if ((team == null || s.team().equals(team.id())) && window.overlaps(s.start(), s.end())) {
                stints.add(s);
            }
        }
        List<Match> finals = new ArrayList<>();
        for (Match m : career.matches()) {
            if (m.isFinal() && (team == null || m.team().equals(team.id())) && window.overlaps(m.date())) {
                finals.add(m);
            }
        }
        List<Incident> incidents = new ArrayList<>();
        for (Incident i : career.incidents()) {
            if ((team == null || team.id().equals(i.team())) && window.overlaps(i.date())) {
                incidents.add(i);
            }
        }
        LocalDate first = from != null ? lo : earliest(stints, finals, incidents);
        LocalDate last = to != null ? hi : latest(stints, finals, incidents, asOf);
        if (first == null || last == null) {
            // Nothing selected: the period asked for, completed from the whole career.
            LocalDate careerFirst = earliest(career.stints(), career.matches(), career.incidents());
            LocalDate careerLast = latest(career.stints(), career.matches(), career.incidents(), asOf);
            first = first != null ? first : careerFirst;
            last = last != null ? last : careerLast;
            if (first.isAfter(last)) {
                // The one bound given lies beyond the career: the year it falls in, cut at that bound.
                first = from != null ? lo : last.withDayOfYear(1);
                last = to != null ? hi : first.withMonth(12).withDayOfMonth(31);
            }
        }
        if (last.isBefore(first)) {
            // A job still going on, asked about from a date past the data's, with no end given (an end
            // given is never before the start): to the end of the start's year.
            last = first.withMonth(12).withDayOfMonth(31);
        }
        return new Selection(stints, finals, incidents, first, last, asOf);
    }

    /** The last day a stint may have lasted to: its end's last day, or {@code asOf} while it goes on. */
    public static LocalDate lastDay(Stint s, LocalDate asOf) {
        if (s.end() != null) {
            return s.end().lastDay();
        }
        return asOf.isBefore(s.start().lastDay()) ? s.start().lastDay() : asOf;
    }

    private static LocalDate earliest(List<Stint> stints, List<Match> finals, List<Incident> incidents) {
        LocalDate d = LocalDate.MAX;
        for (Stint s : stints) {
            d = min(d, s.start().firstDay());
        }
        for (Match m : finals) {
            d = min(d, m.date().firstDay());
        }
        for (Incident i : incidents) {
            d = min(d, i.date().firstDay());
        }
        return d == LocalDate.MAX ? null : d;
    }

    private static LocalDate latest(List<Stint> stints, List<Match> finals, List<Incident> incidents, LocalDate asOf) {
        LocalDate d = LocalDate.MIN;
        for (Stint s : stints) {
            d = max(d, lastDay(s, asOf));
        }
        for (Match m : finals) {
            d = max(d, m.date().lastDay());
        }
        for (Incident i : incidents) {
            d = max(d, i.date().lastDay());
        }
        return d == LocalDate.MIN ? null : d;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
