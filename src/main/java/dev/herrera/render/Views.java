package dev.herrera.render;

import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.Stint;
import dev.herrera.query.Finals;
import dev.herrera.query.Tenure;
import java.time.LocalDate;
import java.util.List;

/** The text each listing command prints: a table or a JSON array of the same records. */
public final class Views {
    private Views() {
    }

    public static String stints(Career career, List<Stint> stints, Format format, LocalDate today) {
        if (format == Format.JSON) {
            return Json.array(stints);
        }
        Table t = new Table(List.of("TEAM", "KIND", "ROLE", "FROM", "TO", "TENURE", "ENDED"));
        for (Stint s : stints) {
            var team = career.teamOf(s.team());
            t.row(List.of(
                    team.name(),
                    team.kind().label(),
                    s.role().label(),
                    s.start().toString(),
                    s.isOngoing() ? "present" : s.end().toString(),
                    Tenure.between(s.start(), s.isOngoing()
                            ? dev.herrera.model.PartialDate.of(today) : s.end()).toString(),
                    s.isOngoing() ? "ongoing" : s.ended().label()));
        }
        return t.render();
    }

    public static String finals(Career career, List<Match> finals, Format format) {
        if (format == Format.JSON) {
            return Json.array(finals);
        }
        Table t = new Table(List.of("DATE", "COMPETITION", "SEASON", "TEAM", "OPPONENT", "SCORE", "RESULT"));
        for (Match m : finals) {
            t.row(List.of(
                    m.date().toString(),
                    m.competition(),
                    m.season() == null ? "" : m.season(),
                    career.teamOf(m.team()).name(),
                    career.teamOf(m.opponent()).name(),
                    Scores.format(m.score()),
                    m.outcome().label()));
        }
        Finals.Tally tally = Finals.Tally.of(finals);
        return t.render() + "\n" + tally.finals() + (tally.finals() == 1 ? " final" : " finals") + ": "
                + tally.won() + " won, " + tally.lost() + " lost\n";
    }

    public static String incidents(Career career, List<Incident> incidents, Format format) {
        if (format == Format.JSON) {
            return Json.array(incidents);
        }
        Table t = new Table(List.of("DATE", "TITLE", "PLACE", "PEOPLE", "CONSEQUENCE"));
        for (Incident i : incidents) {
            t.row(List.of(
                    i.date().toString(),
                    i.title(),
                    i.place() == null ? "" : i.place(),
                    String.join(", ", i.people()),
                    i.consequence() == null ? "" : i.consequence()));
        }
        return t.render();
    }
}
