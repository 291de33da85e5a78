package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herrera.model.Leg;
import dev.herrera.model.Penalties;
import dev.herrera.model.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {
    @Test
    void showsAggregateLegsAndPenalties() {
        Score s = new Score(2, 2, List.of(new Leg(null, 0, 1, null), new Leg(null, 2, 1, null)), new Penalties(4, 2));
        assertEquals("2-2 (0-1, 2-1), 4-2 pens", Scores.format(s));
        assertEquals("3-1", Scores.format(new Score(3, 1, null, null)));
        assertEquals("?", Scores.format(null));
    }
}
