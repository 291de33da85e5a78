package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.model.MediaRole;
import dev.herrera.model.Outcome;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import dev.herrera.model.TeamKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The career in numbers. {@code from} is the start of his first job and {@code to} the end of his
 * last ({@code null} while a job goes on); {@code years} is the time between them in years, one
 * decimal, approximate when either end is a partial date. A title is a final he won, counted by
 * competition, most first. {@code records} totals his record per scope over every job that has one;
 * {@code media} are the media roles he holds on {@code asOf}, the day the data is current to.
 */
public record Summary(int stints, int clubs, int nationalTeams, PartialDate from, PartialDate to, double years,
        boolean approximate, int matches, int finals, int finalsWon, int finalsLost,
        Map<String, Integer> titles, int incidents, List<Records.Total> records, PartialDate asOf,
        List<MediaRole> media) {

    public Summary {
        titles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(titles));
        records = List.copyOf(records);
        media = List.copyOf(media);
    }

    /** {@code today} ends the span when a job is still going on; it is asked for only then. */
    public static Summary of(Career career, Supplier<LocalDate> today) {
        List<Stint> stints = career.stints();
        int clubs = distinctTeams(career, TeamKind.CLUB);
        int national = distinctTeams(career, TeamKind.NATIONAL);
        PartialDate from = first(stints);
        boolean ongoing = anyOngoing(stints);
        PartialDate to = ongoing ? null : last(stints);
        Tenure span = Tenure.between(from, ongoing ? PartialDate.of(today.get()) : to);
        double years = Math.round(span.days() / 365.25 * 10) / 10.0;
        List<Match> finals = Finals.select(career, null, null);
        Finals.Tally tally = Finals.Tally.of(finals);
        Map<String, Integer> titles = titles(finals);
        List<MediaRole> media = new ArrayList<>();
        for (MediaRole m : career.media()) {
            if (m.covers(career.updated())) {
                media.add(m);
            }
        }
        return new Summary(stints.size(), clubs, national, from, to, years, span.approximate(),
                career.matches().size(), tally.finals(), tally.won(), tally.lost(), titles, career.incidents().size(),
                Records.totals(Records.select(career, null, Window.ALL)), career.updated(), media);
    }

    private static int distinctTeams(Career career, TeamKind kind) {
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (Stint s : career.stints()) {
            if (seen.add(s.team()) && career.teamOf(s.team()).kind() == kind) {
                n++;
            }
        }
        return n;
    }

    /**
     * The earliest start; the first stint's among equals. A career has a stint; its list runs in order,
     * but a partial start may follow a fuller one it could precede ({@code 2007-09}, then {@code 2007}).
     */
    private static PartialDate first(List<Stint> stints) {
        PartialDate first = stints.get(0).start();
        for (Stint s : stints) {
            if (s.start().compareTo(first) < 0) {
                first = s.start();
            }
        }
        return first;
    }

    private static boolean anyOngoing(List<Stint> stints) {
        for (Stint s : stints) {
            if (s.isOngoing()) {
                return true;
            }
        }
        return false;
    }

    /** The end with the latest last day, of stints that have all ended; the first stint's among equals. */
    private static PartialDate last(List<Stint> stints) {
        PartialDate last = stints.get(0).end();
        for (Stint s : stints) {
            if (s.end().lastDay().isAfter(last.lastDay())) {
                last = s.end();
            }
        }
        return last;
    }

    /** Finals won per competition, most first, then by name. */
    private static Map<String, Integer> titles(List<Match> finals) {
        Map<String, Integer> won = new TreeMap<>();
        for (Match m : finals) {
            if (m.outcome() == Outcome.WON) {
                Integer n = won.get(m.competition());
                won.put(m.competition(), n == null ? 1 : n + 1);
            }
        }
        // Taken in name order, each inserted after every competition won at least as often.
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, Integer> e : won.entrySet()) {
            int at = 0;
            while (at < order.size() && won.get(order.get(at)) >= e.getValue()) {
                at++;
            }
            order.add(at, e.getKey());
        }
        Map<String, Integer> titles = new LinkedHashMap<>();
        for (String competition : order) {
            titles.put(competition, won.get(competition));
        }
        return titles;
    }

    /** The number of titles, all competitions together. */
    public int titleCount() {
        int n = 0;
        for (int count : titles.values()) {
            n += count;
        }
        return n;
    }
}
