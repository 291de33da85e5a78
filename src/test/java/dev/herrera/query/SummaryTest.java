package dev.herrera.query;

import static dev.herrera.query.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void theFixtureInNumbers() {
        Summary s = Summary.of(Fixtures.career(), () -> LocalDate.of(2020, 1, 1));
        assertEquals(4, s.stints());
        assertEquals(2, s.clubs(), "Alpha twice counts once");
        assertEquals(1, s.nationalTeams());
        assertEquals(d("2001"), s.from());
        assertNull(s.to(), "a job is still going on");
        assertTrue(s.approximate());
        assertEquals(19.0, s.years(), 0.51, "2001 to 2020-01-01");
        assertEquals(3, s.finals());
        assertEquals(2, s.finalsWon());
        assertEquals(1, s.finalsLost());
        assertEquals(List.of(Map.entry("Copa Ñandú", 1), Map.entry("Liga Uno", 1)), List.copyOf(s.titles().entrySet()));
        assertEquals(2, s.titleCount());
        assertEquals(3, s.incidents());
    }

    @Test
    void aFinishedCareerEndsAtTheLastJobsEnd() {
        Career bundled = new CareerLoader().loadBundled();
        boolean finished = bundled.stints().stream().noneMatch(st -> st.isOngoing());
        Summary s = Summary.of(bundled, () -> {
            // Finding today reads the time zone data: a finished career must not ask.
            assertTrue(!finished, "today asked for, though no job is going on");
            return LocalDate.of(2100, 1, 1);
        });
        if (finished) {
            assertEquals(bundled.stints().stream().map(st -> st.end().lastDay()).max(LocalDate::compareTo).orElseThrow(),
                    s.to().lastDay());
        }
        assertEquals(bundled.stints().size(), s.stints());
        assertEquals(s.finals(), s.finalsWon() + s.finalsLost());
        assertEquals(s.finalsWon(), s.titleCount(), "every final won is a title");
        List<Integer> counts = List.copyOf(s.titles().values());
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), "most titles first: " + s.titles());
        }
    }

    @Test
    void theCareerSpansFromTheEarliestStartToTheLatestEndWhateverTheListOrder() {
        // A partial start may follow a fuller one it could precede; the first job listed ended last.
        Career c = Fixtures.ofStints(
                Fixtures.stint("alpha-1", "alpha", "2007-09", "2008", "beta-1"),
                Fixtures.stint("beta-1", "beta", "2007", "2007-12", "alpha-1"));
        Summary s = Summary.of(c, () -> {
            throw new AssertionError("asked for today though no job goes on");
        });
        assertEquals(d("2007"), s.from());
        assertEquals(d("2008"), s.to());
    }
}
