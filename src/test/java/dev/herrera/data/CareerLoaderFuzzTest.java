package dev.herrera.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.herrera.model.Career;
import dev.herrera.render.Escape;

/**
 * Any bytes either load into a valid {@link Career} or fail with the loader's own
 * {@link DataException} and a one-line message; nothing else may escape.
 *
 * <p>In a normal build this replays the seed inputs under
 * {@code src/test/resources/dev/herrera/data/CareerLoaderFuzzTestInputs/}. To fuzz for real (one fuzz
 * test per run):
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw test -Dtest=CareerLoaderFuzzTest -Djazzer.max_duration=10m \
 *     -Djazzer.instrument='dev.herrera.**,tools.jackson.**'
 * </pre>
 *
 * New interesting inputs go to {@code .cifuzz-corpus/} (ignored by git); a crash is written to the
 * inputs directory above, where it becomes a regression case.
 */
class CareerLoaderFuzzTest {
    private static final CareerLoader LOADER = new CareerLoader();

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"\"person\"", "\"updated\"", "\"sources\"", "\"teams\"", "\"stints\"", "\"matches\"",
        "\"incidents\"", "\"id\"", "\"name\"", "\"born\"", "\"title\"", "\"language\"", "\"kind\"", "\"team\"",
        "\"role\"", "\"start\"", "\"end\"", "\"ended\"", "\"concurrent\"", "\"date\"", "\"competition\"",
        "\"stage\"", "\"opponent\"", "\"score\"", "\"for\"", "\"against\"", "\"legs\"", "\"penalties\"",
        "\"outcome\"", "\"people\"", "\"summary\"", "\"notes\"", "\"claims\"", "\"source\"", "\"national\"",
        "\"club\"", "\"head-coach\"", "\"interim\"", "\"final\"", "\"won\"", "\"lost\"", "\"2010-02-30\"",
        "\"2007-13\"", "\"2001\"", "\\u202e", "\\u0000", "\uFEFF"})
    void anyBytesLoadOrFailCleanly(byte[] input) {
        // The quick reader accepts only what the strict loader accepts, and reads it the same.
        Career quick = CareerLoader.quick(input);
        if (quick != null) {
            assertEquals(quick, LOADER.parse("fuzz.json", input), "the quick reader disagrees");
        }
        Career career;
        try {
            career = LOADER.parse("fuzz.json", input);
        } catch (DataException e) {
            String msg = e.getMessage();
            assertNotNull(msg);
            assertTrue(msg.startsWith("fuzz.json"), msg);
            // The message may quote the file; printed, it passes the one escaper and is one line.
            String printed = Escape.terminal(msg);
            assertFalse(printed.contains("\n") || printed.contains("\r"), printed);
            assertTrue(e.kind() == DataException.BAD_CONTENT || e.kind() == DataException.UNREADABLE, msg);
            return;
        }
        assertNotNull(career);
        assertTrue(Career.problems(career.person(), career.updated(), career.sources(), career.teams(),
                career.stints(), career.matches(), career.incidents(), career.records(), career.honours(),
                career.media()).isEmpty());
        assertEquals(career, LOADER.parse("fuzz.json", input), "loading is deterministic");
    }
}
