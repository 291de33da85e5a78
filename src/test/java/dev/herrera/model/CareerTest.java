package dev.herrera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CareerTest {
    private static final Source S1 = new Source("s1", "One", "en", SourceKind.NEWS, null, null, null, null);
    private static final Team ALPHA = new Team("alpha", "Alpha", TeamKind.CLUB, "Mexico", null);
    private static final Person PERSON = new Person("Test", null, null, null, List.of("s1"));

    private static Stint stint(String id, String team, List<String> sources) {
        return new Stint(id, team, Role.HEAD_COACH, PartialDate.parse("2001"), null, null, null, null, null, null,
                sources, null);
    }

    private static Career career(List<Stint> stints) {
        return new Career(PERSON, PartialDate.parse("2025"), List.of(S1), List.of(ALPHA), stints, null, null, null, null, null);
    }

    @Test
    void referencesToTeamsMustResolve() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> career(List.of(stint("a", "ghost", List.of("s1")))));
        assertEquals("stints[0].team", e.field());
    }

    @Test
    void referencesToSourcesMustResolve() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> career(List.of(stint("a", "alpha", List.of("s1", "s9")))));
        assertEquals("stints[0].sources[1]", e.field());
    }

    @Test
    void idsMustBeUnique() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> career(List.of(stint("a", "alpha", List.of("s1")), stint("a", "alpha", List.of("s1")))));
        assertEquals("stints[1]", e.field());
    }

    @Test
    void aValidCareerBuilds() {
        assertEquals(1, career(List.of(stint("a", "alpha", List.of("s1")))).stints().size());
    }

    @Test
    void aTeamIsLookedUpByIdAndAnUnknownIdIsRefusedByName() {
        Career c = career(List.of(stint("a", "alpha", List.of("s1"))));
        assertEquals("alpha", c.teamOf("alpha").id());
        assertEquals("unknown team nope",
                assertThrows(IllegalArgumentException.class, () -> c.teamOf("nope")).getMessage());
    }
}
