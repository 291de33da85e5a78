package dev.herrera.render;

import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.Stint;
import dev.herrera.query.Matches;
import dev.herrera.query.TeamReport;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Everything about one team: what {@code team NAME} prints. */
public final class TeamReportListing {
    private TeamReportListing() {
    }

    /** One row per stint, match (or final) and incident, with a TYPE column; the totals in the footer. */
    public static Listing of(Career career, TeamReport report, Supplier<LocalDate> today) {
        Listing.Builder b = Listing.builder("TYPE", "DATE", "DETAIL", "SCORE", "RESULT");
        for (Stint s : report.stints()) {
            b.row(Cell.of("stint"),
                    Cell.of(s.start() + " to " + (s.isOngoing() ? "present" : s.end().toString())),
                    Cell.of(s.role().label() + ", " + Columns.tenure(s, today)),
                    Cell.of(""),
                    Cell.of(s.isOngoing() ? "ongoing" : s.ended().label()));
        }
        for (Match m : report.matches()) {
            b.row(Cell.of(m.isFinal() ? "final" : "match"),
                    Cell.of(m.date().toString()),
                    Cell.of(career.teamOf(m.team()).name() + " v " + career.teamOf(m.opponent()).name() + ", "
                            + m.competition() + " " + m.stage().label()),
                    Cell.of(Scores.format(m.score())),
                    Columns.outcome(m.outcome()));
        }
        for (Incident i : report.incidents()) {
            b.row(Cell.of("incident"), Cell.of(i.date().toString()), Cell.of(i.title()), Cell.of(""), Cell.of(""));
        }
        TeamReport.Totals t = report.totals();
        b.footer(report.team().name() + ": " + Columns.plural(t.stints(), "stint") + "; "
                + Columns.record(new Matches.Record(t.matches(), t.won(), t.drawn(), t.lost())) + "; "
                + Columns.plural(t.finals(), "final") + ": " + t.finalsWon() + " won, " + t.finalsLost() + " lost; "
                + Columns.plural(t.incidents(), "incident"));
        return b.build(report);
    }
}
