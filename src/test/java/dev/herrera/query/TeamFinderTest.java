package dev.herrera.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.TeamKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TeamFinderTest {
    private static final Career CAREER = new CareerLoader().loadBundled();

    @ParameterizedTest
    @CsvSource({
        "america, america", "América, america", "AMERICA, america", "Club América, america", "club-america, america",
        "xolos, tijuana", "Tijuana, tijuana", "tecos, tecos", "Estudiantes Tecos, tecos", "el tri, mexico",
        "México, mexico", "leon, leon", "LEÓN, leon", "pumas, unam"
    })
    void findsByNameIdOrAliasIgnoringCaseAndAccents(String name, String id) {
        assertEquals(id, TeamFinder.find(CAREER, name).id());
    }

    @Test
    void anUnknownNameSuggestsTheClosest() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> TeamFinder.find(CAREER, "monterey"));
        assertEquals("Monterrey", e.suggestions().get(0));
        assertTrue(e.getMessage().contains("did you mean \"Monterrey\""), e.getMessage());
    }

    @Test
    void aNameLikeNothingSuggestsNothing() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> TeamFinder.find(CAREER, "zzzzzzzzzz"));
        assertTrue(e.suggestions().isEmpty());
        assertEquals("unknown team \"zzzzzzzzzz\"", e.getMessage());
    }

    @Test
    void distanceIsLevenshtein() {
        assertEquals(0, Names.distance("abc", "abc"));
        assertEquals(1, Names.distance("monterey", "monterrey"));
        assertEquals(3, Names.distance("kitten", "sitting"));
    }

    private static final Career NAMES = Fixtures.of(List.of(
            Fixtures.team("leon", "Leon", TeamKind.CLUB),
            Fixtures.team("leon-b", "León", TeamKind.CLUB),
            Fixtures.team("montereal", "Montereal", TeamKind.CLUB),
            Fixtures.team("monterrey", "Monterrey", TeamKind.CLUB),
            Fixtures.team("zeta", "Zeta", TeamKind.CLUB),
            Fixtures.team("beta", "Beta", TeamKind.CLUB),
            Fixtures.team("abc", "Abcdefgh", TeamKind.CLUB),
            Fixtures.team("copa", "Copacabana Futebol Clube", TeamKind.CLUB)),
            Fixtures.stint("leon-1", "leon", "2001", "2002"));

    private static List<String> suggestions(Career career, String name) {
        return assertThrows(UnknownNameException.class, () -> TeamFinder.find(career, name)).suggestions();
    }

    @Test
    void aNameTwoTeamsAnswerToIsRefusedUnlessItIsAnId() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> TeamFinder.find(NAMES, "LEON"));
        assertEquals("\"LEON\" names more than one team: \"leon\" or \"leon-b\"; give the id", e.getMessage());
        assertEquals(List.of("leon", "leon-b"), e.suggestions());
        assertEquals("leon", TeamFinder.find(NAMES, "leon").id());
        assertEquals("leon-b", TeamFinder.find(NAMES, "leon-b").id());
    }

    @Test
    void suggestionsComeClosestFirstThenByName() {
        // "Monterrey" is one edit away, "Montereal" two, though it comes first in the list.
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> TeamFinder.find(NAMES, "monterey"));
        assertEquals(List.of("Monterrey", "Montereal"), e.suggestions());
        assertEquals("unknown team \"monterey\"; did you mean \"Monterrey\" or \"Montereal\"?", e.getMessage());
        // Both contain "eta": equally close, so by name, though Zeta comes first in the list.
        assertEquals(List.of("Beta", "Zeta"), suggestions(NAMES, "eta"));
    }

    @Test
    void aNameAsManyEditsAwayAsTheLimitIsStillSuggested() {
        // Two letters shorter and two edits away; the limit for six letters is two.
        assertEquals(List.of("Abcdefgh"), suggestions(NAMES, "abdefg"));
        assertEquals(List.of(), suggestions(NAMES, "abdeqg"));
    }

    @Test
    void aPartOfALongNameSuggestsItHoweverManyEditsAway() {
        assertEquals(List.of("Copacabana Futebol Clube"), suggestions(NAMES, "futebol"));
        // And a name with the whole of one in it.
        assertEquals(List.of("Copacabana Futebol Clube"), suggestions(NAMES, "copacabana futebol clube de rio"));
    }

    @Test
    void nothingIsSuggestedForANameOfNoLettersOrOneTooLong() {
        assertEquals(List.of(), suggestions(NAMES, "¡!"));
        String longest = "copacabanafutebolclube" + "x".repeat(TeamFinder.MAX_SUGGESTED_LENGTH - 22);
        assertEquals(List.of("Copacabana Futebol Clube"), suggestions(NAMES, longest));
        assertEquals(List.of(), suggestions(NAMES, longest + "x"));
    }

    @Test
    void aNameOfNoLettersInTheDataIsNoSuggestion() {
        Career career = Fixtures.of(List.of(Fixtures.team("zeta", "Zeta", TeamKind.CLUB, "★★")),
                Fixtures.stint("zeta-1", "zeta", "2001", "2002"));
        assertEquals(List.of(), suggestions(career, "qqqq"));
    }

    @Test
    void distanceCountsEveryLetterAgainstNothing() {
        assertEquals(3, Names.distance("", "abc"));
        assertEquals(3, Names.distance("abc", ""));
    }
}
