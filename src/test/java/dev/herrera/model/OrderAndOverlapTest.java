package dev.herrera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order every dated list keeps, and the edges of the overlap and name rules. */
class OrderAndOverlapTest {
    private static final Source S1 = new Source("s1", "One", "en", SourceKind.NEWS, null, null, null, null);
    private static final Person PERSON = new Person("Test", null, null, null, List.of("s1"));
    private static final List<Team> TEAMS = List.of(new Team("alpha", "Alpha", TeamKind.CLUB, "Mexico", null),
            new Team("beta", "Beta", TeamKind.CLUB, "Mexico", null));

    private static Stint stint(String id, String team, String start, String end) {
        return new Stint(id, team, Role.HEAD_COACH, PartialDate.parse(start), end == null ? null : PartialDate.parse(end),
                end == null ? null : Departure.SACKED, null, null, null, null, List.of("s1"), null);
    }

    private static final List<Stint> STINTS = List.of(stint("a", "alpha", "2001", "2003"));

    private static List<String> problems(List<Team> teams, List<Stint> stints, List<Match> matches,
            List<Incident> incidents, List<Honour> honours, List<MediaRole> media) {
        List<String> found = new ArrayList<>();
        for (InvalidRecordException e : Career.problems(PERSON, PartialDate.parse("2025"), List.of(S1), teams, stints,
                matches, incidents, null, honours, media)) {
            found.add(e.field() + ": " + e.getMessage());
        }
        return found;
    }

    private static Match match(String id, String date) {
        return TestRecords.match(id, PartialDate.parse(date), "alpha", "League", null, Stage.LEAGUE, "beta",
                null, Outcome.WON, List.of("s1"));
    }

    private static Incident incident(String id, String date) {
        return new Incident(id, PartialDate.parse(date), "Row", null, null, null, "A row.", null, List.of("s1"), null);
    }

    private static Honour honour(String id, String date) {
        return new Honour(id, PartialDate.parse(date), "Award", "League", "won", null, null, List.of("s1"), null);
    }

    private static MediaRole media(String id, String start, String end) {
        return new MediaRole(id, "Channel", "analyst", PartialDate.parse(start), end == null ? null : PartialDate.parse(end),
                null, null, List.of("s1"), null);
    }

    @Test
    void matchesAndIncidentsRunInOrder() {
        assertEquals(List.of("matches[1]: out of chronological order: 2002-03 comes after 2002-05",
                "incidents[1]: out of chronological order: 2002-03 comes after 2002-05"),
                problems(TEAMS, STINTS, List.of(match("m1", "2002-05"), match("m2", "2002-03")),
                        List.of(incident("i1", "2002-05"), incident("i2", "2002-03")), null, null));
        assertEquals(List.of(), problems(TEAMS, STINTS, List.of(match("m1", "2002-05"), match("m2", "2002")),
                List.of(incident("i1", "2002-05"), incident("i2", "2002-05-31")), null, null));
    }

    @Test
    void honoursAndMediaRolesRunInOrder() {
        assertEquals(List.of("honours[1]: out of chronological order: 2004 comes after 2005",
                "media[1]: out of chronological order: 2004 comes after 2005"),
                problems(TEAMS, STINTS, null, null, List.of(honour("h1", "2005"), honour("h2", "2004")),
                        List.of(media("tv1", "2005", "2005"), media("tv2", "2004", "2004"))));
    }

    @Test
    void aClubJobMayStartTheDayTheLastOneEnded() {
        assertEquals(List.of(), problems(TEAMS, List.of(stint("a", "alpha", "2001", "2003-06-01"),
                stint("b", "beta", "2003-06-01", null)), null, null, null, null));
        assertEquals(List.of("stints[1]: club stint \"b\" overlaps club stint \"a\"; he cannot have managed two clubs"
                + " at once"), problems(TEAMS, List.of(stint("a", "alpha", "2001", "2003-06-02"),
                        stint("b", "beta", "2003-06-01", null)), null, null, null, null));
    }

    @Test
    void aMediaRoleBesideAJobMustNameIt() {
        assertEquals(List.of("media[0]: media role \"tv\" overlaps stint \"a\"; if he held both at once, list the stint"
                + " in the role's \"concurrent\""), problems(TEAMS, STINTS, null, null, null,
                        List.of(media("tv", "2002", "2004"))));
    }

    @Test
    void namesThatDifferOnlyByACombiningGraveAreOneName() {
        List<Team> teams = List.of(new Team("alpha", "\u00E8", TeamKind.CLUB, "Mexico", null),
                new Team("beta", "e\u0300", TeamKind.CLUB, "Mexico", null));
        List<String> found = problems(teams, STINTS, null, null, null, null);
        assertEquals(1, found.size());
        assertEquals("teams[1]: team \"beta\" is also called \"e\u0300\", which is team \"alpha\"'s \"\u00E8\" written"
                + " another way (the same in Unicode NFC, ignoring case); a name must name one team", found.get(0));
        // A team's own id and name may be the same word.
        assertEquals(List.of(), problems(List.of(new Team("alpha", "ALPHA", TeamKind.CLUB, "Mexico", List.of("Alpha")),
                new Team("beta", "Beta", TeamKind.CLUB, "Mexico", null)), STINTS, null, null, null, null));
    }
}
