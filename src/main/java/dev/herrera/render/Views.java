package dev.herrera.render;

import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.Outcome;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import dev.herrera.query.Finals;
import dev.herrera.query.Tenure;
import java.time.LocalDate;
import java.util.List;

/** The listing each command prints: which columns, in which order, and the records behind them. */
public final class Views {
    private Views() {
    }

    public static Listing stints(Career career, List<Stint> stints, LocalDate today) {
        Listing.Builder b = Listing.builder("TEAM", "KIND", "ROLE", "FROM", "TO", "TENURE", "ENDED");
        for (Stint s : stints) {
            Team team = career.teamOf(s.team());
            b.row(team.name(),
                    team.kind().label(),
                    s.role().label(),
                    s.start().toString(),
                    s.isOngoing() ? "present" : s.end().toString(),
                    Tenure.between(s.start(), s.isOngoing() ? PartialDate.of(today) : s.end()).toString(),
                    s.isOngoing() ? "ongoing" : s.ended().label());
        }
        return b.build(stints);
    }

    public static Listing finals(Career career, List<Match> finals) {
        Listing.Builder b = Listing.builder("DATE", "COMPETITION", "SEASON", "TEAM", "OPPONENT", "SCORE", "RESULT");
        for (Match m : finals) {
            b.row(Cell.of(m.date().toString()),
                    Cell.of(m.competition()),
                    Cell.of(m.season()),
                    Cell.of(career.teamOf(m.team()).name()),
                    Cell.of(career.teamOf(m.opponent()).name()),
                    Cell.of(Scores.format(m.score())),
                    outcome(m.outcome()));
        }
        Finals.Tally tally = Finals.Tally.of(finals);
        b.footer(tally.finals() + (tally.finals() == 1 ? " final" : " finals") + ": "
                + tally.won() + " won, " + tally.lost() + " lost");
        return b.build(finals);
    }

    public static Listing incidents(List<Incident> incidents) {
        Listing.Builder b = Listing.builder("DATE", "TITLE", "PLACE", "PEOPLE", "CONSEQUENCE");
        for (Incident i : incidents) {
            b.row(i.date().toString(), i.title(), i.place(), String.join(", ", i.people()), i.consequence());
        }
        return b.build(incidents);
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
}
