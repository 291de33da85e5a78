package dev.herrera.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
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
}
