package dev.herrera.query;

import dev.herrera.model.Claim;
import dev.herrera.model.Note;
import dev.herrera.model.Stint;
import static dev.herrera.query.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.model.Career;
import dev.herrera.model.Honour;
import dev.herrera.model.InvalidRecordException;
import dev.herrera.model.JobRecord;
import dev.herrera.model.MediaRole;
import dev.herrera.model.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Job records, gaps between jobs, honours and media roles, over the fixture career. */
class BeyondJobsTest {
    private static final List<String> S = List.of("s1");

    static JobRecord record(String id, String stint, Scope scope, String asOf, int games, Integer won, Integer drawn,
            Integer lost, Integer goalsFor, Integer goalsAgainst) {
        return new JobRecord(id, stint, scope, d(asOf), games, won, drawn, lost, goalsFor, goalsAgainst, null, S, null);
    }

    static Career withRecords() {
        return Fixtures.career(List.of(
                record("r1", "alpha-1", Scope.OFFICIAL, "2003-05", 40, 20, 10, 10, 60, 40),
                record("r2", "alpha-1", Scope.LEAGUE, "2003-05", 34, 17, 9, 8, null, null),
                record("r3", "beta-1", Scope.OFFICIAL, "2006", 20, 10, 5, 5, null, null),
                record("r4", "gamma-1", Scope.OFFICIAL, "2007-03", 30, null, null, null, null, null)),
                List.of(new Honour("h1", d("2005"), "Coach of the Year", "A federation", "3rd", "beta", null, S, null)),
                List.of(new MediaRole("m1", "TV One", "analyst", d("2008-01"), d("2009-06"), null, null, S, null)));
    }

    @Test
    void recordsComeJobByJobAndAddUpOnlyWithinAScope() {
        List<Records.Row> rows = Records.select(withRecords(), null, Window.ALL);
        assertEquals(List.of("r1", "r2", "r3", "r4"), rows.stream().map(r -> r.record().id()).toList());
        assertEquals(50.0, rows.get(0).winPercent());
        assertNull(rows.get(3).winPercent());
        List<Records.Total> totals = Records.totals(rows);
        assertEquals(List.of(Scope.OFFICIAL, Scope.LEAGUE), totals.stream().map(Records.Total::scope).toList());
        Records.Total official = totals.get(0);
        assertEquals(3, official.jobs());
        assertEquals(90, official.games());
        assertEquals(2, official.withResults());
        assertEquals(30, official.won());
        assertEquals(15, official.drawn());
        assertEquals(15, official.lost());
        assertEquals(50.0, official.winPercent());
        assertEquals(1, official.withGoals());
        assertEquals(60, official.goalsFor());
        assertEquals(List.of("gamma-1"), official.gamesOnly());
        assertEquals(34, totals.get(1).games());
    }

    @Test
    void recordsFollowTheTeamAndTheWindowAndNameJobsWithout() {
        Career c = withRecords();
        assertEquals(List.of("r1", "r2"), Records.select(c, c.teamOf("alpha"), Window.ALL).stream()
                .map(r -> r.record().id()).toList());
        assertEquals(List.of("r3", "r4"), Records.select(c, null, Window.year(2005)).stream()
                .map(r -> r.record().id()).toList());
        assertEquals(List.of("alpha-2"), Records.without(c, null, Window.ALL).stream().map(s -> s.id()).toList());
    }

    @Test
    void gapsRunFromTheLastJobHeldToTheNext() {
        List<Gaps.Gap> gaps = Gaps.of(withRecords());
        assertEquals(2, gaps.size());
        Gaps.Gap first = gaps.get(0);
        assertEquals("alpha-1", first.before().id());
        assertEquals("beta-1", first.next().id());
        assertNull(first.days());
        assertEquals(246, first.shortest()); // 2003-05-31 to 2004-02-01
        assertEquals(276, first.longest()); // 2003-05-01 to 2004-02-01
        // beta-1 and gamma-1 were held at once: the gap is from gamma-1, which ended last.
        assertEquals("gamma-1", gaps.get(1).before().id());
        assertEquals("alpha-2", gaps.get(1).next().id());
    }

    @Test
    void honoursAreTheFinalsWonAndTheIndividualOnes() {
        Career c = withRecords();
        Honours.Answer all = Honours.of(c, null, Window.ALL);
        assertEquals(List.of("m1", "m4"), all.titles().stream().map(m -> m.id()).toList());
        assertEquals(List.of("h1"), all.individual().stream().map(Honour::id).toList());
        Honours.Answer alpha = Honours.of(c, c.teamOf("alpha"), Window.ALL);
        assertEquals(List.of("m1"), alpha.titles().stream().map(m -> m.id()).toList());
        assertTrue(alpha.individual().isEmpty());
    }

    @Test
    void aDateBetweenJobsNamesTheMediaRoleHeldThen() {
        OnDate on = OnDate.of(withRecords(), d("2008-06"));
        assertTrue(on.betweenJobs());
        assertEquals(List.of("m1"), on.media().stream().map(MediaRole::id).toList());
        assertTrue(OnDate.of(withRecords(), d("2010-06")).media().isEmpty());
    }

    @Test
    void theRulesOfRecordsAndMediaHold() {
        assertThrows(InvalidRecordException.class, () -> record("x", "alpha-1", Scope.LEAGUE, "2003", 10, 5, 5, 1, null, null));
        assertThrows(InvalidRecordException.class, () -> record("x", "alpha-1", Scope.LEAGUE, "2003", 10, 5, null, 5, null, null));
        assertThrows(InvalidRecordException.class, () -> record("x", "alpha-1", Scope.LEAGUE, "2003", 10, null, null, null, 3, null));
        assertThrows(InvalidRecordException.class, () -> record("x", "alpha-1", Scope.LEAGUE, "2003", -1, null, null, null, null, null));
        InvalidRecordException twice = assertThrows(InvalidRecordException.class, () -> Fixtures.career(List.of(
                record("a", "alpha-1", Scope.LEAGUE, "2003", 10, null, null, null, null, null),
                record("b", "alpha-1", Scope.LEAGUE, "2003", 11, null, null, null, null, null)), null, null));
        assertTrue(twice.getMessage().contains("second league record"), twice.getMessage());
        InvalidRecordException early = assertThrows(InvalidRecordException.class, () -> Fixtures.career(List.of(
                record("a", "alpha-2", Scope.LEAGUE, "2009", 10, null, null, null, null, null)), null, null));
        assertEquals("records[0].asOf", early.field());
        InvalidRecordException unknown = assertThrows(InvalidRecordException.class, () -> Fixtures.career(List.of(
                record("a", "nowhere", Scope.LEAGUE, "2009", 10, null, null, null, null, null)), null, null));
        assertEquals("records[0].stint", unknown.field());
        InvalidRecordException overlap = assertThrows(InvalidRecordException.class, () -> Fixtures.career(null, null,
                List.of(new MediaRole("m", "TV", "analyst", d("2011"), null, null, null, S, null))));
        assertTrue(overlap.getMessage().contains("overlaps stint \"alpha-2\""), overlap.getMessage());
        Fixtures.career(null, null, List.of(new MediaRole("m", "TV", "analyst", d("2011"), null, null,
                List.of("alpha-2"), S, null)));
    }

    private static List<String> ids(List<Stint> stints) {
        return stints.stream().map(Stint::id).toList();
    }

    @Test
    void aRecordOfNoGamesOrNoResultsHasNoWinShare() {
        Career c = Fixtures.career(List.of(
                record("r1", "alpha-1", Scope.OFFICIAL, "2001-06", 0, 0, 0, 0, null, null),
                record("r2", "beta-1", Scope.LEAGUE, "2006", 12, null, null, null, null, null)), null, null);
        List<Records.Row> rows = Records.select(c, null, Window.ALL);
        assertNull(rows.get(0).winPercent());
        assertNull(rows.get(1).winPercent());
        List<Records.Total> totals = Records.totals(rows);
        assertEquals(2, totals.size());
        for (Records.Total t : totals) {
            assertNull(t.winPercent(), t.scope().toString());
        }
    }

    @Test
    void jobsWithoutARecordFollowTheTeamAndTheWindow() {
        Career c = withRecords();
        assertEquals(List.of("alpha-2"), ids(Records.without(c, c.teamOf("alpha"), Window.ALL)));
        assertEquals(List.of(), ids(Records.without(c, c.teamOf("beta"), Window.ALL)));
        // Beta and Gamma, the jobs of 2005, both have a record.
        assertEquals(List.of(), ids(Records.without(c, null, Window.year(2005))));
        assertEquals(List.of("alpha-2"), ids(Records.without(c, null, Window.year(2012))));
    }

    @Test
    void individualHonoursFollowTheTeamAndTheWindow() {
        Career c = withRecords();
        assertEquals(List.of("h1"), Honours.of(c, c.teamOf("beta"), Window.ALL).individual().stream()
                .map(Honour::id).toList());
        assertTrue(Honours.of(c, null, Window.year(2006)).individual().isEmpty());
    }

    @Test
    void disagreementsOnHonoursAndMediaRolesNameTheirKind() {
        Note note = new Note("date", List.of(new Claim("s1", "gives another year")), "2005", "the federation's list");
        Career c = Fixtures.career(null,
                List.of(new Honour("h1", d("2005"), "Coach of the Year", "A federation", "3rd", "beta", null, S,
                        List.of(note))),
                List.of(new MediaRole("m1", "TV One", "analyst", d("2008-01"), d("2009-06"), null, null, S,
                        List.of(note))));
        assertEquals(List.of("honour h1", "media m1"), Citations.conflicts(c).stream()
                .map(x -> x.kind() + " " + x.record()).toList());
    }

    @Test
    void aJobHeldAlongsideOneStillGoingOnLeavesNoGap() {
        List<String> gaps = Gaps.of(Fixtures.ties()).stream()
                .map(g -> g.before().id() + ">" + (g.next() == null ? "" : g.next().id())).toList();
        // Beta-2 began some day of 2012, perhaps after Gamma ended in 2012-09: a gap of unknown length,
        // perhaps none. Beta-3, Álpha-2's twin, and Beta-4, held alongside Gamma-2 still going on, leave none.
        assertEquals(List.of("alpha-1>gamma-1", "gamma-1>beta-2", "gamma-1>alpha-2", "alpha-2>gamma-2"), gaps);
    }
}
