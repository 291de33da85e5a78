package dev.herrera.render.timeline;

import dev.herrera.model.Career;
import dev.herrera.model.Departure;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.TestRecords;
import dev.herrera.model.Outcome;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Person;
import dev.herrera.model.Role;
import dev.herrera.model.Score;
import dev.herrera.model.Source;
import dev.herrera.model.SourceKind;
import dev.herrera.model.Stage;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import dev.herrera.model.TeamKind;
import java.util.List;

/** Small careers built in code, so layout tests control every date. */
final class Fixtures {
    static final Source SOURCE = new Source("s1", "One", "en", SourceKind.NEWS, null, null, null, null);
    static final Person PERSON = new Person("Test Manager", null, null, null, List.of("s1"));
    static final Team CLUB = new Team("club", "Club <&> \"Q\"", TeamKind.CLUB, "Mexico", null);
    static final Team NATION = new Team("nation", "Nation", TeamKind.NATIONAL, "Mexico", null);
    static final Team RIVAL = new Team("rival", "Rival", TeamKind.CLUB, "Mexico", null);

    private Fixtures() {
    }

    static Stint stint(String id, Team team, String start, String end) {
        return new Stint(id, team.id(), Role.HEAD_COACH, PartialDate.parse(start),
                end == null ? null : PartialDate.parse(end), end == null ? null : Departure.SACKED,
                null, null, null, null, List.of("s1"), null);
    }

    static Match finalMatch(String id, Team team, String date, int goalsFor, int against) {
        return TestRecords.match(id, PartialDate.parse(date), team.id(), "League", "Season", Stage.FINAL, RIVAL.id(),
                new Score(goalsFor, against, null, null), goalsFor > against ? Outcome.WON : Outcome.LOST,
                List.of("s1"));
    }

    static Incident incident(String id, Team team, String date) {
        return new Incident(id, PartialDate.parse(date), "Row <" + id + ">", team == null ? null : team.id(),
                null, null, "Words.", null, List.of("s1"), null);
    }

    static Career career(List<Stint> stints, List<Match> matches, List<Incident> incidents) {
        return new Career(PERSON, PartialDate.parse("2025-06-30"), List.of(SOURCE), List.of(CLUB, NATION, RIVAL),
                stints, matches, incidents, null, null, null);
    }

    /**
     * A timeline built by hand, not laid out from a career: a club bar with a won final; a national bar,
     * partial at its head and open at its tail, with a drawn and a lost final; the row of no team with an
     * incident labelled {@code incident}.
     */
    static Timeline handBuilt(String title, String incident) {
        return new Timeline(title, "Desc D", "2025-06-30", new Scale(2000, 2009), List.of(
                new Timeline.Row("Club", TeamKind.CLUB,
                        List.of(bar("a", TeamKind.CLUB, 0.1, 0.5, 0.1, 0.5, Timeline.End.EXACT, Timeline.End.EXACT)),
                        List.of(mark(Timeline.MarkKind.FINAL_WON, 0.25, "won"))),
                new Timeline.Row("Nation", TeamKind.NATIONAL,
                        List.of(bar("b", TeamKind.NATIONAL, 0.5, 0.8, 0.6, 0.8, Timeline.End.PARTIAL,
                                Timeline.End.OPEN)),
                        List.of(mark(Timeline.MarkKind.FINAL_DRAWN, 0.55, "drawn"),
                                mark(Timeline.MarkKind.FINAL_LOST, 0.75, "lost"))),
                new Timeline.Row("Other", null, List.of(), List.of(mark(Timeline.MarkKind.INCIDENT, 0.95, incident)))));
    }

    static Timeline.Bar bar(String id, TeamKind kind, double start, double end, double solidStart,
            double solidEnd, Timeline.End head, Timeline.End tail) {
        return new Timeline.Bar(id, "Team", kind, Role.HEAD_COACH, start, end, solidStart, solidEnd, head, tail,
                "bar " + id);
    }

    static Timeline.Mark mark(Timeline.MarkKind kind, double at, String label) {
        return new Timeline.Mark(kind, at, "2005", "text " + label, label);
    }
}
