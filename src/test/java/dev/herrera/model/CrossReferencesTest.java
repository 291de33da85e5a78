package dev.herrera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of record that names another is checked when a {@link Career} is put together: an id it
 * names that the dataset does not hold is a problem at the path of the field that names it.
 */
class CrossReferencesTest {
    private static final Source S1 = new Source("s1", "One", "en", SourceKind.NEWS, null, null, null, null);
    private static final Person PERSON = new Person("Test", null, null, null, List.of("s1"));
    private static final List<Team> TEAMS = List.of(new Team("alpha", "Alpha", TeamKind.CLUB, "Mexico", null),
            new Team("beta", "Beta", TeamKind.CLUB, "Mexico", null));
    private static final List<Stint> STINTS = List.of(new Stint("a", "alpha", Role.HEAD_COACH,
            PartialDate.parse("2001"), PartialDate.parse("2003"), Departure.SACKED, null, null, null, null,
            List.of("s1"), null));

    private static Match match(String team, String opponent, List<String> sources, List<Note> notes) {
        return new Match("m", PartialDate.parse("2002-03-01"), team, "League", null, Stage.LEAGUE, opponent, null,
                new Score(1, 0, null, null), Outcome.WON, null, sources, notes);
    }

    private static Incident incident(String team, List<String> sources, List<Note> notes) {
        return new Incident("i", PartialDate.parse("2002-04-01"), "Row", team, null, null, "A row.", null, sources,
                notes);
    }

    private static JobRecord record(String stint, List<String> sources) {
        return new JobRecord("r", stint, Scope.OFFICIAL, PartialDate.parse("2003"), 10, null, null, null, null, null,
                null, sources, null);
    }

    private static Honour honour(String team, List<String> sources) {
        return new Honour("h", PartialDate.parse("2002"), "Coach of the year", "League", "won", team, null, sources,
                null);
    }

    private static MediaRole media(List<String> concurrent, List<String> sources) {
        return new MediaRole("tv", "Channel", "analyst", PartialDate.parse("2005"), null, null, concurrent, sources,
                null);
    }

    private static Note noteCiting(String source) {
        return new Note("score", List.of(new Claim("s1", "1-0"), new Claim(source, "2-0")), "1-0", "most say so");
    }

    private static List<String> problems(List<Match> matches, List<Incident> incidents, List<JobRecord> records,
            List<Honour> honours, List<MediaRole> media) {
        List<String> found = new ArrayList<>();
        for (InvalidRecordException e : Career.problems(PERSON, PartialDate.parse("2025"), List.of(S1), TEAMS, STINTS,
                matches, incidents, records, honours, media)) {
            found.add(e.field() + ": " + e.getMessage());
        }
        return found;
    }

    @Test
    void aSoundCareerOfEveryKindOfRecordHasNoProblems() {
        assertEquals(List.of(), problems(List.of(match("alpha", "beta", List.of("s1"), null)),
                List.of(incident("alpha", List.of("s1"), List.of(noteCiting("s1")))),
                List.of(record("a", List.of("s1"))), List.of(honour("alpha", List.of("s1"))),
                List.of(media(List.of(), List.of("s1")))));
    }

    @Test
    void aMatchOfAnUnknownTeam() {
        assertEquals(List.of("matches[0].team: unknown team \"ghost\""),
                problems(List.of(match("ghost", "beta", List.of("s1"), null)), null, null, null, null));
    }

    @Test
    void aMatchAgainstAnUnknownOpponent() {
        assertEquals(List.of("matches[0].opponent: unknown team \"ghost\""),
                problems(List.of(match("alpha", "ghost", List.of("s1"), null)), null, null, null, null));
    }

    @Test
    void aMatchCitingAnUnknownSource() {
        assertEquals(List.of("matches[0].sources[1]: unknown source \"s9\""),
                problems(List.of(match("alpha", "beta", List.of("s1", "s9"), null)), null, null, null, null));
    }

    @Test
    void anIncidentOfAnUnknownTeam() {
        assertEquals(List.of("incidents[0].team: unknown team \"ghost\""),
                problems(null, List.of(incident("ghost", List.of("s1"), null)), null, null, null));
    }

    @Test
    void anIncidentWithoutATeamNamesNone() {
        assertEquals(List.of(), problems(null, List.of(incident(null, List.of("s1"), null)), null, null, null));
    }

    @Test
    void anIncidentCitingAnUnknownSource() {
        assertEquals(List.of("incidents[0].sources[0]: unknown source \"s9\""),
                problems(null, List.of(incident("alpha", List.of("s9"), null)), null, null, null));
    }

    @Test
    void aRecordOfAnUnknownStintOrCitingAnUnknownSource() {
        assertEquals(List.of("records[0].stint: unknown stint \"zz\"", "records[0].sources[1]: unknown source \"s9\""),
                problems(null, null, List.of(record("zz", List.of("s1", "s9"))), null, null));
    }

    @Test
    void anHonourOfAnUnknownTeamOrCitingAnUnknownSource() {
        assertEquals(List.of("honours[0].team: unknown team \"ghost\"", "honours[0].sources[0]: unknown source \"s9\""),
                problems(null, null, null, List.of(honour("ghost", List.of("s9"))), null));
        assertEquals(List.of(), problems(null, null, null, List.of(honour(null, List.of("s1"))), null));
    }

    @Test
    void aMediaRoleBesideAnUnknownStintOrCitingAnUnknownSource() {
        assertEquals(List.of("media[0].concurrent[0]: unknown stint \"zz\"", "media[0].sources[1]: unknown source \"s9\""),
                problems(null, null, null, null, List.of(media(List.of("zz"), List.of("s1", "s9")))));
    }

    @Test
    void aNoteClaimCitingAnUnknownSource() {
        assertEquals(List.of("matches[0].notes[0].claims[1].source: unknown source \"s9\""),
                problems(List.of(match("alpha", "beta", List.of("s1"), List.of(noteCiting("s9")))), null, null, null,
                        null));
        assertEquals(List.of("incidents[0].notes[0].claims[1].source: unknown source \"s9\""),
                problems(null, List.of(incident(null, List.of("s1"), List.of(noteCiting("s9")))), null, null, null));
    }

    @Test
    void thePersonCitingAnUnknownSource() {
        Person person = new Person("Test", null, null, null, List.of("s1", "s9"));
        List<InvalidRecordException> found = Career.problems(person, PartialDate.parse("2025"), List.of(S1), TEAMS,
                STINTS, null, null, null, null, null);
        assertEquals(1, found.size());
        assertEquals("person.sources[1]", found.get(0).field());
        assertEquals("unknown source \"s9\"", found.get(0).getMessage());
    }

    @Test
    void aStintBesideAnUnknownStint() {
        Stint s = new Stint("b", "beta", Role.HEAD_COACH, PartialDate.parse("2004"), null, null, null, null, null,
                List.of("a", "zz"), List.of("s1"), null);
        List<InvalidRecordException> found = Career.problems(PERSON, PartialDate.parse("2025"), List.of(S1), TEAMS,
                List.of(STINTS.get(0), s), null, null, null, null, null);
        assertEquals(1, found.size());
        assertEquals("stints[1].concurrent[1]", found.get(0).field());
    }

    @Test
    void theConstructorThrowsTheFirstProblem() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> new Career(PERSON, PartialDate.parse("2025"), List.of(S1), TEAMS, STINTS,
                        List.of(match("ghost", "ghost", List.of("s1"), null)), null, null, null, null));
        assertEquals("matches[0].team", e.field());
    }

    @Test
    void duplicateIdsOfEveryKindAreProblems() {
        Match m = match("alpha", "beta", List.of("s1"), null);
        Incident i = incident(null, List.of("s1"), null);
        JobRecord r = record("a", List.of("s1"));
        Honour h = honour(null, List.of("s1"));
        MediaRole tv = media(List.of(), List.of("s1"));
        assertEquals(List.of("matches[1]: duplicate match id \"m\"", "incidents[1]: duplicate incident id \"i\"",
                "records[1]: duplicate record id \"r\"", "honours[1]: duplicate honour id \"h\"",
                "media[1]: duplicate media role id \"tv\""),
                problems(List.of(m, m), List.of(i, i), List.of(r, r), List.of(h, h), List.of(tv, tv)));
    }

    @Test
    void aTeamNamedLikeAnotherIsAProblemAndMissingPartsStopTheChecks() {
        List<Team> teams = List.of(new Team("alpha", "Café", TeamKind.CLUB, "Mexico", null),
                new Team("beta", "CAFE\u0301", TeamKind.CLUB, "Mexico", null));
        List<InvalidRecordException> found = Career.problems(PERSON, PartialDate.parse("2025"), List.of(S1), teams,
                STINTS, null, null, null, null, null);
        assertEquals(1, found.size());
        assertEquals("teams[1]", found.get(0).field());
        List<InvalidRecordException> missing = Career.problems(null, null, List.of(S1), teams, List.of(), null, null,
                null, null, null);
        assertEquals(List.of("person", "updated", "stints"), missing.stream().map(InvalidRecordException::field).toList());
    }
}
