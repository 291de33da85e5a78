package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.data.DataException;
import dev.herrera.model.Career;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled dataset read ahead on a second thread gives what reading it in place gives. */
class PreloadTest {
    @Test
    void givesTheDatasetTheLoaderReads() {
        Career preloaded = Preload.bundled().career();
        assertEquals(new CareerLoader().loadBundled(), preloaded);
    }

    @Test
    void throwsTheLoadersOwnFailure() {
        DataException failure = new DataException(DataException.BAD_CONTENT, "broken", null);
        Preload preload = Preload.start(() -> {
            throw failure;
        });
        assertSame(failure, assertThrows(DataException.class, preload::career));
    }

    @Test
    void throwsTheLoadersOwnError() {
        OutOfMemoryError failure = new OutOfMemoryError("test");
        Preload preload = Preload.start(() -> {
            throw failure;
        });
        assertSame(failure, assertThrows(OutOfMemoryError.class, preload::career));
    }

    @ParameterizedTest(name = "herrera {0}")
    @ValueSource(strings = {"stints", "--debug finals", "on 2013", "team -- --data"})
    void readsAheadWithoutDataOrHelp(String line) {
        assertTrue(Invocation.readsBundled(line.split(" ")));
        assertTrue(Cli.readsBundled(line.split(" ")));
    }

    @ParameterizedTest(name = "herrera {0}")
    @ValueSource(strings = {"", "validate data/herrera.json", "completion bash", "help stints", "--debug", "-- stints",
        "--data x.json stints", "stints --help"})
    void doesNotReadAheadForACommandThatReadsNoDataset(String line) {
        assertFalse(Cli.readsBundled(line.isEmpty() ? new String[0] : line.split(" ")));
    }

    @ParameterizedTest(name = "herrera {0}")
    @ValueSource(strings = {"--data x.json stints", "stints --data x.json", "finals --data=x.json", "stints --help",
        "stints -h", "--version"})
    void doesNotReadAheadForAnotherFileOrForHelp(String line) {
        assertFalse(Invocation.readsBundled(line.split(" ")));
    }
}
