package dev.herrera.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.model.Outcome;
import dev.herrera.model.Stage;
import dev.herrera.model.TeamKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueriesTest {
    private static final Career CAREER = new CareerLoader().loadBundled();

    @Test
    void stintsNarrowByTeamAndKind() {
        var america = TeamFinder.find(CAREER, "america");
        assertEquals(2, Stints.select(CAREER, america, null).size());
        assertTrue(Stints.select(CAREER, null, TeamKind.NATIONAL).stream()
                .allMatch(s -> CAREER.teamOf(s.team()).kind() == TeamKind.NATIONAL));
        assertEquals(CAREER.stints(), Stints.select(CAREER, null, null));
    }

    @Test
    void finalsAreTheMatchesAtTheFinalStage() {
        List<Match> finals = Finals.select(CAREER, null, null);
        long expected = CAREER.matches().stream().filter(m -> m.stage() == Stage.FINAL).count();
        assertEquals(expected, finals.size());
        assertTrue(finals.stream().allMatch(m -> m.stage() == Stage.FINAL));
        Finals.Tally tally = Finals.Tally.of(finals);
        assertEquals(finals.size(), tally.won() + tally.lost());
        assertEquals(tally.won(), Finals.select(CAREER, null, Outcome.WON).size());
        assertEquals(tally.lost(), Finals.select(CAREER, null, Outcome.LOST).size());
    }

    @Test
    void monterreyLostBothItsFinals() {
        var monterrey = TeamFinder.find(CAREER, "monterrey");
        List<Match> finals = Finals.select(CAREER, monterrey, null);
        assertEquals(2, finals.size());
        assertTrue(finals.stream().allMatch(m -> m.outcome() == Outcome.LOST));
    }

    @Test
    void incidentsNarrowByTeam() {
        var mexico = TeamFinder.find(CAREER, "mexico");
        assertTrue(Incidents.select(CAREER, mexico).stream().allMatch(i -> "mexico".equals(i.team())));
        assertEquals(CAREER.incidents(), Incidents.select(CAREER, null));
    }
}
