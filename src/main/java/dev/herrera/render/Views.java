package dev.herrera.render;

import dev.herrera.model.Career;
import dev.herrera.model.Cited;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.Outcome;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import dev.herrera.query.Citations;
import dev.herrera.query.Finals;
import dev.herrera.query.Tenure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The listing each command prints: which columns, in which order, and the records behind them. */
public final class Views {
    private static final String SOURCES = "SOURCES";

    private Views() {
    }

    /** {@code today} is asked for only when a job is still going on: finding it reads the time zone data. */
    public static Listing stints(Career career, List<Stint> stints, Supplier<LocalDate> today, boolean withSources) {
        Listing.Builder b = Listing.builder(headers(withSources, "TEAM", "KIND", "ROLE", "FROM", "TO", "TENURE", "ENDED"));
        for (Stint s : stints) {
            Team team = career.teamOf(s.team());
            b.row(cells(withSources, s,
                    Cell.of(team.name()),
                    Cell.of(team.kind().label()),
                    Cell.of(s.role().label()),
                    Cell.of(s.start().toString()),
                    Cell.of(s.isOngoing() ? "present" : s.end().toString()),
                    Cell.of(Tenure.between(s.start(), s.isOngoing() ? PartialDate.of(today.get()) : s.end()).toString()),
                    Cell.of(s.isOngoing() ? "ongoing" : s.ended().label())));
        }
        return b.build(stints);
    }

    public static Listing finals(Career career, List<Match> finals, boolean withSources) {
        Listing.Builder b = Listing.builder(
                headers(withSources, "DATE", "COMPETITION", "SEASON", "TEAM", "OPPONENT", "SCORE", "RESULT"));
        for (Match m : finals) {
            b.row(cells(withSources, m,
                    Cell.of(m.date().toString()),
                    Cell.of(m.competition()),
                    Cell.of(m.season()),
                    Cell.of(career.teamOf(m.team()).name()),
                    Cell.of(career.teamOf(m.opponent()).name()),
                    Cell.of(Scores.format(m.score())),
                    outcome(m.outcome())));
        }
        Finals.Tally tally = Finals.Tally.of(finals);
        b.footer(tally.finals() + (tally.finals() == 1 ? " final" : " finals") + ": "
                + tally.won() + " won, " + tally.lost() + " lost");
        return b.build(finals);
    }

    public static Listing incidents(List<Incident> incidents, boolean withSources) {
        Listing.Builder b = Listing.builder(headers(withSources, "DATE", "TITLE", "PLACE", "PEOPLE", "CONSEQUENCE"));
        for (Incident i : incidents) {
            b.row(cells(withSources, i,
                    Cell.of(i.date().toString()),
                    Cell.of(i.title()),
                    Cell.of(i.place()),
                    Cell.of(String.join(", ", i.people())),
                    Cell.of(i.consequence())));
        }
        return b.build(incidents);
    }

    /** The source registry with how many records cite each source. */
    public static Listing sources(List<Citations.Usage> usage) {
        Listing.Builder b = Listing.builder("ID", "LANG", "KIND", "TITLE", "PUBLISHER", "PUBLISHED", "CITED", "URL");
        for (Citations.Usage u : usage) {
            var s = u.source();
            b.row(s.id(), s.language(), s.kind().label(), s.title(), s.publisher(),
                    s.published() == null ? null : s.published().toString(), String.valueOf(u.records()), s.url());
        }
        b.footer(usage.size() + " sources");
        return b.build(usage.stream().map(Citations.Usage::source).toList());
    }

    /** Every recorded disagreement: one row per claim, each row complete so it can be filtered alone. */
    public static Listing conflicts(List<Citations.Conflict> conflicts) {
        Listing.Builder b = Listing.builder("RECORD", "ABOUT", "SOURCE", "SAYS", "HOLDS", "WHY");
        for (Citations.Conflict c : conflicts) {
            c.claims().forEach(claim -> b.row(c.record(), c.about(), claim.source(), claim.says(), c.holds(), c.why()));
        }
        b.footer(conflicts.size() + (conflicts.size() == 1 ? " disagreement" : " disagreements") + " recorded");
        return b.build(conflicts);
    }

    /** A result cell, toned so that renderers which colour can show wins and losses. */
    public static Cell outcome(Outcome outcome) {
        Cell.Tone tone = switch (outcome) {
            case WON -> Cell.Tone.GOOD;
            case LOST -> Cell.Tone.BAD;
            case DRAWN -> Cell.Tone.PLAIN;
        };
        return new Cell(outcome.label(), tone);
    }

    private static List<String> headers(boolean withSources, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (withSources) {
            all.add(SOURCES);
        }
        return all;
    }

    private static List<Cell> cells(boolean withSources, Cited record, Cell... cells) {
        List<Cell> all = new ArrayList<>(List.of(cells));
        if (withSources) {
            all.add(Cell.of(record.sources().stream().collect(Collectors.joining(","))));
        }
        return all;
    }
}
