package dev.herrera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {
    private static PartialDate d(String s) {
        return PartialDate.parse(s);
    }

    private static Stint stint(String id, String start, String end) {
        return new Stint(id, "alpha", Role.HEAD_COACH, d(start), end == null ? null : d(end),
                end == null ? null : Departure.SACKED, null, null, null, null, List.of("s1"), null);
    }

    @Test
    void aStintCannotEndBeforeItStarts() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> stint("x", "2007-09", "2007-08"));
        assertEquals("end", e.field());
        assertTrue(e.getMessage().contains("before start"));
    }

    @Test
    void aStintMayStartAndEndInTheSameMonth() {
        assertEquals("2007-09", stint("x", "2007-09-10", "2007-09").end().toString());
    }

    @Test
    void aStintEndingInAMonthIsActiveThroughThatMonth() {
        Stint s = stint("x", "2004", "2007-09");
        assertTrue(s.covers(d("2007-09-15")));
        assertTrue(s.covers(d("2004-01")));
        assertFalse(s.covers(d("2007-10-01")));
        assertFalse(s.covers(d("2003")));
    }

    @Test
    void anEndNeedsHowItEndedAndAnOngoingStintHasNone() {
        assertThrows(InvalidRecordException.class, () -> new Stint("x", "alpha", Role.HEAD_COACH, d("2001"), d("2002"),
                null, null, null, null, null, List.of("s1"), null));
        assertThrows(InvalidRecordException.class, () -> new Stint("x", "alpha", Role.HEAD_COACH, d("2001"), null,
                Departure.SACKED, null, null, null, null, List.of("s1"), null));
        assertTrue(stint("x", "2001", null).isOngoing());
    }

    @Test
    void everyRecordNeedsASource() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> new Stint("x", "alpha",
                Role.HEAD_COACH, d("2001"), null, null, null, null, null, null, List.of(), null));
        assertEquals("sources", e.field());
    }

    @Test
    void namesAndIdsMustNotBeBlank() {
        assertThrows(InvalidRecordException.class, () -> new Team("alpha", " ", TeamKind.CLUB, "Mexico", null));
        assertThrows(InvalidRecordException.class, () -> new Team("Alpha Team", "Alpha", TeamKind.CLUB, "Mexico", null));
        assertThrows(InvalidRecordException.class, () -> new Team("alpha", "Alpha", TeamKind.CLUB, "Mexico", List.of("")));
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<String> aliases = new ArrayList<>(List.of("A"));
        Team t = new Team("alpha", "Alpha", TeamKind.CLUB, "Mexico", aliases);
        aliases.add("B");
        assertEquals(List.of("A"), t.aliases());
        assertThrows(UnsupportedOperationException.class, () -> t.aliases().add("C"));
    }

    @Test
    void legsMustAddUpToTheAggregate() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> new Score(3, 1, List.of(new Leg(null, 1, 0, null), new Leg(null, 1, 1, null)), null));
        assertEquals("legs", e.field());
    }

    @Test
    void aShootOutNeedsALevelScoreAndAWinner() {
        assertThrows(InvalidRecordException.class, () -> new Score(2, 1, null, new Penalties(4, 2)));
        assertThrows(InvalidRecordException.class, () -> new Penalties(3, 3));
        assertEquals(Outcome.LOST, new Score(1, 1, null, new Penalties(2, 4)).decided());
    }

    @Test
    void theOutcomeMustAgreeWithTheScore() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> match(new Score(1, 3, null, null), Outcome.WON));
        assertEquals("outcome", e.field());
        assertThrows(InvalidRecordException.class, () -> match(new Score(1, 1, null, null), Outcome.WON));
        // A level two-legged tie can be settled by other rules (table position, away goals).
        match(new Score(2, 2, List.of(new Leg(null, 1, 1, null), new Leg(null, 1, 1, null)), null), Outcome.WON);
        match(null, Outcome.LOST);
    }

    @Test
    void venuesAreHomeAwayOrNeutral() {
        assertThrows(InvalidRecordException.class, () -> new Leg(null, 1, 0, "abroad"));
    }

    private static Match match(Score score, Outcome outcome) {
        return TestRecords.match("m", d("2001"), "alpha", "League", null, Stage.FINAL, "beta", score, outcome,
                List.of("s1"));
    }
}
