package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.model.Outcome;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import dev.herrera.model.TeamKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The career in numbers. {@code from} is the start of his first job and {@code to} the end of his
 * last ({@code null} while a job goes on); {@code years} is the time between them in years, one
 * decimal, approximate when either end is a partial date. A title is a final he won, counted by
 * competition, most first.
 */
public record Summary(int stints, int clubs, int nationalTeams, PartialDate from, PartialDate to, double years,
        boolean approximate, int matches, int finals, int finalsWon, int finalsLost,
        Map<String, Integer> titles, int incidents) {

    public Summary {
        titles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(titles));
    }

    /** {@code today} ends the span when a job is still going on; it is asked for only then. */
    public static Summary of(Career career, Supplier<LocalDate> today) {
        List<Stint> stints = career.stints();
        int clubs = distinctTeams(career, TeamKind.CLUB);
        int national = distinctTeams(career, TeamKind.NATIONAL);
        PartialDate from = stints.stream().map(Stint::start).min(Comparator.naturalOrder()).orElseThrow();
        boolean ongoing = stints.stream().anyMatch(Stint::isOngoing);
        PartialDate to = ongoing ? null
                : stints.stream().map(Stint::end).max(Comparator.comparing(PartialDate::lastDay)).orElseThrow();
        Tenure span = Tenure.between(from, ongoing ? PartialDate.of(today.get()) : to);
        double years = Math.round(span.days() / 365.25 * 10) / 10.0;
        List<Match> finals = Finals.select(career, null, null);
        Finals.Tally tally = Finals.Tally.of(finals);
        Map<String, Long> won = finals.stream().filter(m -> m.outcome() == Outcome.WON)
                .collect(Collectors.groupingBy(Match::competition, Collectors.counting()));
        Map<String, Integer> titles = new LinkedHashMap<>();
        won.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> titles.put(e.getKey(), e.getValue().intValue()));
        return new Summary(stints.size(), clubs, national, from, to, years, span.approximate(),
                career.matches().size(), tally.finals(), tally.won(), tally.lost(), titles, career.incidents().size());
    }

    private static int distinctTeams(Career career, TeamKind kind) {
        return (int) career.stints().stream().map(Stint::team).distinct()
                .filter(id -> career.teamOf(id).kind() == kind).count();
    }

    /** The number of titles, all competitions together. */
    public int titleCount() {
        return titles.values().stream().mapToInt(Integer::intValue).sum();
    }
}
