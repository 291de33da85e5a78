package dev.herrera.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.Match;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark's generated datasets must load under the same strict rules as the real one. */
class SyntheticDatasetTest {
    private static String generate(int matches, long seed) throws IOException {
        StringWriter w = new StringWriter();
        SyntheticDataset.write(w, matches, seed);
        return w.toString();
    }

    @Test
    void aGeneratedDatasetIsValidAndHasTheAskedNumberOfMatches() throws IOException {
        Career career = new CareerLoader().parse("synthetic.json", generate(5_000, 6).getBytes(StandardCharsets.UTF_8));
        assertEquals(5_000, career.matches().size());
        long finals = career.matches().stream().filter(Match::isFinal).count();
        assertTrue(finals > 10 && finals < 150, "about one match in a hundred is a final, got " + finals);
    }

    @Test
    void aMatchOnEveryDayStillFallsInsideAStint() throws IOException {
        // One match a day reaches the last day of every stint, which a sparser file can miss.
        Career career = new CareerLoader().parse("synthetic.json",
                generate(SyntheticDataset.DAYS, 7).getBytes(StandardCharsets.UTF_8));
        assertEquals(SyntheticDataset.DAYS, career.matches().size());
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherOne() throws IOException {
        assertEquals(generate(500, 1), generate(500, 1));
        assertTrue(!generate(500, 1).equals(generate(500, 2)));
    }
}
