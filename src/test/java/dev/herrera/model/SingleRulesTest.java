package dev.herrera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules one record keeps by itself, at their edges, with the field and message each refusal gives. */
class SingleRulesTest {

    private static Source source(String id, String url) {
        return new Source(id, "One", "en", SourceKind.NEWS, null, null, url, null);
    }

    @Test
    void aSourceUrlMustBeHttpOrHttps() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> source("s1", "ftp://example.org/a"));
        assertEquals("url", e.field());
        assertEquals("\"ftp://example.org/a\" is not an http(s) URL", e.getMessage());
        assertEquals("https://example.org/a", source("s1", "https://example.org/a").url());
        assertEquals("http://example.org/a", source("s1", "http://example.org/a").url());
    }

    @Test
    void aSourceLanguageMustBeACode() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> new Source("s1", "One", "English", SourceKind.NEWS, null, null, null, null));
        assertEquals("language", e.field());
        assertEquals("\"English\" is not an ISO 639 language code", e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"-a", "a--b", "a-", "año", "A", "a_b", "-"})
    void badIdsAreRefused(String id) {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> source(id, null));
        assertEquals("id", e.field());
        assertEquals("\"" + id + "\" is not a valid id (lower-case letters, digits and single hyphens)", e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"a", "z9", "0", "a-b", "a-b-c", "1-2", "el-tri-2014"})
    void goodIdsAreKept(String id) {
        assertEquals(id, source(id, null).id());
        assertEquals(true, Checks.isSlug(id));
    }

    @Test
    void slugEdgesOfTheAlphabet() {
        assertEquals(false, Checks.isSlug("a`"));
        assertEquals(false, Checks.isSlug("a{"));
        assertEquals(false, Checks.isSlug("a/"));
        assertEquals(false, Checks.isSlug("a:"));
        assertEquals(false, Checks.isSlug(""));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2007x09", "2007-09/06", "2007-09-0x", "2007/09", "200a"})
    void datesOfTheWrongShapeAreRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertEquals("\"" + text + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", e.getMessage());
    }

    @Test
    void yearsRunFrom1800To2200() {
        assertEquals(1800, PartialDate.parse("1800").year());
        assertEquals(2200, PartialDate.parse("2200-12-31").year());
        assertEquals("year 1799 is out of range (1800 to 2200)",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1799")).getMessage());
        assertEquals("year 2201 is out of range (1800 to 2200)",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2201-01")).getMessage());
    }

    @Test
    void monthsAndDaysInRange() {
        assertEquals("month 13 is not 1-12",
                assertThrows(IllegalArgumentException.class, () -> new PartialDate(2007, 13, 0)).getMessage());
        assertEquals("month -1 is not 1-12",
                assertThrows(IllegalArgumentException.class, () -> new PartialDate(2007, -1, 0)).getMessage());
        assertEquals("a day needs a month",
                assertThrows(IllegalArgumentException.class, () -> new PartialDate(2007, 0, 3)).getMessage());
        assertEquals("\"2007-00\": month 00 is not 1-12",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2007-00")).getMessage());
        assertEquals("\"2007-01-00\" is not a calendar date",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2007-01-00")).getMessage());
        assertEquals("2007-02-30 is not a calendar date",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2007-02-30")).getMessage());
        assertEquals(new PartialDate(2007, 12, 31), PartialDate.parse("2007-12-31"));
        assertEquals(new PartialDate(2007, 1, 0), PartialDate.parse("2007-01"));
    }

    @Test
    void negativeGoalsAreRefused() {
        assertEquals("goals cannot be negative",
                assertThrows(InvalidRecordException.class, () -> new Score(-1, 0, null, null)).getMessage());
        assertEquals("goals cannot be negative",
                assertThrows(InvalidRecordException.class, () -> new Score(0, -1, null, null)).getMessage());
        assertEquals("goals cannot be negative",
                assertThrows(InvalidRecordException.class, () -> new Leg(null, -1, 0, null)).getMessage());
        assertEquals("goals cannot be negative",
                assertThrows(InvalidRecordException.class, () -> new Leg(null, 0, -1, null)).getMessage());
        assertEquals("penalties cannot be negative",
                assertThrows(InvalidRecordException.class, () -> new Penalties(-1, 2)).getMessage());
        assertEquals("penalties cannot be negative",
                assertThrows(InvalidRecordException.class, () -> new Penalties(2, -1)).getMessage());
        assertEquals(0, new Score(0, 0, null, null).goalsFor());
        assertEquals(0, new Leg(null, 0, 0, null).against());
    }

    @Test
    void legsThatDoNotAddUpAreRefused() {
        List<Leg> legs = List.of(new Leg(null, 1, 0, "home"), new Leg(null, 2, 2, "away"));
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> new Score(3, 1, legs, null));
        assertEquals("legs", e.field());
        assertEquals("the legs add up to 3-2, not the aggregate 3-1", e.getMessage());
        InvalidRecordException f = assertThrows(InvalidRecordException.class, () -> new Score(2, 2, legs, null));
        assertEquals("the legs add up to 3-2, not the aggregate 2-2", f.getMessage());
        assertEquals(2, new Score(3, 2, legs, null).legs().size());
    }

    @Test
    void aShootOutDecidesALevelScore() {
        Score lost = new Score(1, 1, null, new Penalties(0, 3));
        assertEquals(Outcome.LOST, lost.decided());
        assertEquals(Outcome.WON, new Score(1, 1, null, new Penalties(4, 3)).decided());
        // A side may score no penalty at all.
        assertEquals(Outcome.WON, new Score(0, 0, null, new Penalties(3, 0)).decided());
        assertEquals(Outcome.WON, new Score(2, 1, null, null).decided());
        assertEquals(Outcome.LOST, new Score(1, 2, null, null).decided());
        assertNull(new Score(1, 1, null, null).decided());
        assertEquals("a shoot-out cannot end level",
                assertThrows(InvalidRecordException.class, () -> new Penalties(3, 3)).getMessage());
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> new Score(2, 1, null, new Penalties(0, 3)));
        assertEquals("penalties", e.field());
        assertEquals("penalties are given but the score is not level", e.getMessage());
    }

    @Test
    void aMatchLostOnPenaltiesMustSayLost() {
        Score score = new Score(0, 0, null, new Penalties(0, 3));
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> TestRecords.match("m", PartialDate.parse("2010"), "alpha", "Cup", null, Stage.FINAL, "beta", score,
                        Outcome.WON, List.of("s1")));
        assertEquals("outcome", e.field());
        assertEquals("outcome \"won\" disagrees with the score, which says \"lost\"", e.getMessage());
        InvalidRecordException level = assertThrows(InvalidRecordException.class,
                () -> TestRecords.match("m", PartialDate.parse("2010"), "alpha", "Cup", null, Stage.FINAL, "beta",
                        new Score(1, 1, null, null), Outcome.WON, List.of("s1")));
        assertEquals("a level single match without a shoot-out is \"drawn\", not \"won\"", level.getMessage());
        assertEquals(true, TestRecords.match("m", PartialDate.parse("2010"), "alpha", "Cup", null, Stage.FINAL, "beta",
                score, Outcome.LOST, List.of("s1")).isFinal());
    }

    @Test
    void aJobRecordsFiguresAddUp() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> new JobRecord("r", "a",
                Scope.OFFICIAL, PartialDate.parse("2003"), 10, 5, 3, 1, null, null, null, List.of("s1"), null));
        assertEquals("games", e.field());
        assertEquals("won 5 + drawn 3 + lost 1 is 9, not the 10 games", e.getMessage());
        assertEquals("\"lost\" is -1, which is negative", assertThrows(InvalidRecordException.class,
                () -> new JobRecord("r", "a", Scope.OFFICIAL, PartialDate.parse("2003"), 9, 7, 3, -1, null, null, null,
                        List.of("s1"), null)).getMessage());
        assertEquals("games -1 is negative", assertThrows(InvalidRecordException.class,
                () -> new JobRecord("r", "a", Scope.OFFICIAL, PartialDate.parse("2003"), -1, null, null, null, null,
                        null, null, List.of("s1"), null)).getMessage());
        assertEquals("drawn", assertThrows(InvalidRecordException.class,
                () -> new JobRecord("r", "a", Scope.OFFICIAL, PartialDate.parse("2003"), 9, 1, null, 1, null,
                        null, null, List.of("s1"), null)).field());
        assertEquals("goalsAgainst", assertThrows(InvalidRecordException.class,
                () -> new JobRecord("r", "a", Scope.OFFICIAL, PartialDate.parse("2003"), 9, null, null, null, 3,
                        null, null, List.of("s1"), null)).field());
        assertEquals("\"goalsAgainst\" is -2, which is negative", assertThrows(InvalidRecordException.class,
                () -> new JobRecord("r", "a", Scope.OFFICIAL, PartialDate.parse("2003"), 9, null, null, null, 3,
                        -2, null, List.of("s1"), null)).getMessage());
        JobRecord ok = new JobRecord("r", "a", Scope.OFFICIAL, PartialDate.parse("2003"), 0, 0, 0, 0, 0, 0, null,
                List.of("s1"), null);
        assertEquals(true, ok.hasResults());
    }

    @Test
    void aMediaRoleCannotEndBeforeItStarts() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> new MediaRole("tv", "Channel",
                "analyst", PartialDate.parse("2005"), PartialDate.parse("2004-12"), null, null, List.of("s1"), null));
        assertEquals("end", e.field());
        assertEquals("end 2004-12 is before start 2005", e.getMessage());
        MediaRole sameYear = new MediaRole("tv", "Channel", "analyst", PartialDate.parse("2005"),
                PartialDate.parse("2005-01"), null, null, List.of("s1"), null);
        assertEquals(false, sameYear.isOngoing());
        assertEquals(true, sameYear.covers(PartialDate.parse("2005-01-31")));
        assertEquals(false, sameYear.covers(PartialDate.parse("2005-02")));
        assertEquals(false, sameYear.covers(PartialDate.parse("2004")));
    }

    private static JobRecord results(Integer games, Integer won, Integer drawn, Integer lost) {
        return new JobRecord("r", "a", Scope.OFFICIAL, PartialDate.parse("2003"), games, won, drawn, lost, null, null,
                null, List.of("s1"), null);
    }

    @Test
    void winsDrawsAndLossesComeTogetherAndAddUpToTheGames() {
        assertEquals("drawn", assertThrows(InvalidRecordException.class, () -> results(9, 9, null, null)).field());
        assertEquals("won", assertThrows(InvalidRecordException.class, () -> results(9, null, 9, null)).field());
        assertEquals("won", assertThrows(InvalidRecordException.class, () -> results(9, null, null, 9)).field());
        InvalidRecordException lost = assertThrows(InvalidRecordException.class, () -> results(9, 5, 4, null));
        assertEquals("lost", lost.field());
        assertEquals("give \"won\", \"drawn\" and \"lost\" together, or none of them", lost.getMessage());
        JobRecord r = results(10, 5, 3, 2);
        assertEquals(5, r.won());
        assertEquals(true, r.hasResults());
        assertEquals(false, results(10, null, null, null).hasResults());
    }

    @Test
    void aMissingDateIsSaidSo() {
        assertEquals("date is missing",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(null)).getMessage());
    }

    @Test
    void negativeFiguresOfARecordAreRefusedOneByOne() {
        assertEquals("\"won\" is -1, which is negative",
                assertThrows(InvalidRecordException.class, () -> results(9, -1, 5, 5)).getMessage());
        assertEquals("\"drawn\" is -1, which is negative",
                assertThrows(InvalidRecordException.class, () -> results(9, 5, -1, 5)).getMessage());
        assertEquals("goalsFor", assertThrows(InvalidRecordException.class, () -> new JobRecord("r", "a",
                Scope.OFFICIAL, PartialDate.parse("2003"), 9, null, null, null, null, 3, null, List.of("s1"), null))
                .field());
        assertEquals("\"goalsFor\" is -1, which is negative", assertThrows(InvalidRecordException.class,
                () -> new JobRecord("r", "a", Scope.OFFICIAL, PartialDate.parse("2003"), 9, null, null, null, -1, 3,
                        null, List.of("s1"), null)).getMessage());
        assertEquals(0, new JobRecord("r", "a", Scope.OFFICIAL, PartialDate.parse("2003"), 9, null, null, null, 0, 0,
                null, List.of("s1"), null).goalsFor());
    }

    @Test
    void everyKindOfRecordRefusesABadId() {
        PartialDate date = PartialDate.parse("2003");
        List<String> s1 = List.of("s1");
        List<org.junit.jupiter.api.function.Executable> builds = List.of(
                () -> new Team("-a", "A", TeamKind.CLUB, "Mexico", null),
                () -> new Stint("-a", "t", Role.HEAD_COACH, date, null, null, null, null, null, null, s1, null),
                () -> TestRecords.match("-a", date, "t", "Cup", null, Stage.FINAL, "u", null, Outcome.WON, s1),
                () -> new Incident("-a", date, "Row", null, null, null, "A row.", null, s1, null),
                () -> new JobRecord("-a", "t", Scope.OFFICIAL, date, 1, null, null, null, null, null, null, s1, null),
                () -> new Honour("-a", date, "Award", "League", "won", null, null, s1, null),
                () -> new MediaRole("-a", "Channel", "analyst", date, null, null, null, s1, null));
        for (org.junit.jupiter.api.function.Executable build : builds) {
            InvalidRecordException e = assertThrows(InvalidRecordException.class, build);
            assertEquals("id", e.field());
            assertEquals("\"-a\" is not a valid id (lower-case letters, digits and single hyphens)", e.getMessage());
        }
    }
}
