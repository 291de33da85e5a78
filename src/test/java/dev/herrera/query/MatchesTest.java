package dev.herrera.query;

import static dev.herrera.query.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.model.Outcome;
import dev.herrera.model.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchesTest {
    private static final Career CAREER = Fixtures.career();

    private static List<String> ids(Matches.Filter f) {
        return Matches.select(CAREER, f).stream().map(Match::id).toList();
    }

    private static Matches.Filter filter() {
        return Matches.Filter.ALL;
    }

    @Test
    void noFilterKeepsEveryMatchInOrder() {
        assertEquals(CAREER.matches(), Matches.select(CAREER, filter()));
    }

    @Test
    void teamAndOpponentAreFoundByNameAliasOrAccentlessName() {
        var alpha = TeamFinder.find(CAREER, "los alfas");
        var gamma = TeamFinder.find(CAREER, "GAMMA");
        assertEquals(List.of("m1", "m2", "m5"), ids(new Matches.Filter(alpha, null, null, null, null, null)));
        assertEquals(List.of("m2", "m5"), ids(new Matches.Filter(alpha, gamma, null, null, null, null)));
        assertEquals(List.of("m1", "m3", "m4"),
                ids(new Matches.Filter(null, TeamFinder.find(CAREER, "delta"), null, null, null, null)));
        assertThrows(UnknownNameException.class, () -> TeamFinder.find(CAREER, "epsilon"));
    }

    @Test
    void stageAndOutcome() {
        assertEquals(List.of("m1", "m4", "m5"), ids(new Matches.Filter(null, null, Stage.FINAL, null, null, null)));
        assertEquals(List.of("m5"), ids(new Matches.Filter(null, null, Stage.FINAL, null, null, Outcome.LOST)));
        assertEquals(List.of("m3"), ids(new Matches.Filter(null, null, null, null, null, Outcome.DRAWN)));
    }

    @Test
    void competitionIsASubstringIgnoringCaseAccentsAndSpaces() {
        assertEquals(List.of("m1", "m5"), ids(new Matches.Filter(null, null, null, "copa nandu", null, null)));
        assertEquals(List.of("m1", "m5"), ids(new Matches.Filter(null, null, null, "ÑANDÚ", null, null)));
        assertEquals(List.of("m3"), ids(new Matches.Filter(null, null, null, "worldcup", null, null)));
        assertEquals(List.of(), ids(new Matches.Filter(null, null, null, "copa uno", null, null)));
    }

    @Test
    void yearAndRangeWindows() {
        assertEquals(List.of("m1"), ids(new Matches.Filter(null, null, null, null, Window.year(2002), null)));
        assertEquals(List.of("m2", "m3", "m4"),
                ids(new Matches.Filter(null, null, null, null, new Window(d("2003"), d("2006")), null)));
    }

    @Test
    void theRecordCountsEachOutcome() {
        Matches.Record r = Matches.Record.of(CAREER.matches());
        assertEquals(new Matches.Record(5, 2, 1, 2), r);
    }

    @Test
    void inTheBundledDataEveryFinalIsAMatchAtTheFinalStage() {
        Career bundled = new CareerLoader().loadBundled();
        List<Match> finals = Matches.select(bundled, new Matches.Filter(null, null, Stage.FINAL, null, null, null));
        assertEquals(Finals.select(bundled, null, null), finals);
        Matches.Record r = Matches.Record.of(bundled.matches());
        assertEquals(r.played(), r.won() + r.drawn() + r.lost());
        assertTrue(r.played() > 0);
    }
}
