package dev.herrera.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.Stint;
import org.junit.jupiter.api.Test;

class TeamReportTest {
    private static final Career CAREER = Fixtures.career();

    @Test
    void aTeamHeManagedTwice() {
        TeamReport r = TeamReport.of(CAREER, TeamFinder.find(CAREER, "alpha"));
        assertEquals(2, r.stints().size());
        assertEquals(3, r.matches().size());
        assertEquals(2, r.finals().size());
        assertEquals(2, r.incidents().size());
        assertEquals(new TeamReport.Totals(2, 3, 1, 0, 2, 2, 1, 1, 2), r.totals());
    }

    @Test
    void aTeamHeOnlyFacedHasMatchesButNoStints() {
        TeamReport r = TeamReport.of(CAREER, TeamFinder.find(CAREER, "delta"));
        assertEquals(0, r.stints().size());
        assertEquals(3, r.matches().size(), "matches against it count, results from his side");
        assertEquals(new TeamReport.Totals(0, 3, 2, 1, 0, 2, 2, 0, 0), r.totals());
    }

    @Test
    void gammaIsBothAnOpponentAndOneOfHisTeams() {
        TeamReport r = TeamReport.of(CAREER, TeamFinder.find(CAREER, "gamma"));
        assertEquals(1, r.stints().size());
        assertEquals(3, r.matches().size(), "two against it, one for it");
    }

    @Test
    void inTheBundledDataXolosIsTijuanaAndEveryListBelongsToIt() {
        Career bundled = new CareerLoader().loadBundled();
        TeamReport r = TeamReport.of(bundled, TeamFinder.find(bundled, "xolos"));
        assertEquals("tijuana", r.team().id());
        assertTrue(r.stints().size() >= 1);
        assertTrue(r.stints().stream().map(Stint::team).allMatch("tijuana"::equals));
        assertTrue(r.matches().stream().allMatch(m -> m.team().equals("tijuana") || m.opponent().equals("tijuana")));
        assertTrue(r.finals().stream().allMatch(Match::isFinal));
        assertTrue(r.incidents().stream().map(Incident::team).allMatch("tijuana"::equals));
        TeamReport.Totals t = r.totals();
        assertEquals(t.matches(), t.won() + t.drawn() + t.lost());
        assertEquals(t.finals(), t.finalsWon() + t.finalsLost());
    }
}
