package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** Internal errors are one line, --debug adds the trace. */
class FailureOutputTest {
    /** An output writer that breaks with an unexpected exception: a bug, as far as the command knows. */
    private static CliRun.Result runWithBrokenWriter(String... args) {
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                throw new IllegalStateException("writer broke");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int code = Cli.create(new PrintWriter(broken), new PrintWriter(err)).execute(args);
        return new CliRun.Result(code, "", err.toString());
    }

    @Test
    void anInternalErrorIsOneLineWithoutDebug() {
        CliRun.Result r = runWithBrokenWriter("stints");
        assertEquals(ExitCode.SOFTWARE.code(), r.code());
        assertEquals("herrera: internal error: java.lang.IllegalStateException: writer broke"
                + " (run again with --debug for details)\n", r.err());
    }

    @Test
    void anInternalErrorShowsItsTraceWithDebug() {
        CliRun.Result r = runWithBrokenWriter("--debug", "stints");
        assertEquals(ExitCode.SOFTWARE.code(), r.code());
        assertTrue(r.err().startsWith("java.lang.IllegalStateException: writer broke\n\tat "), r.err());
        assertTrue(r.err().contains("\tat dev.herrera.cli.BaseCommand.print"), r.err());
        assertTrue(r.err().endsWith("herrera: internal error: java.lang.IllegalStateException: writer broke\n"), r.err());
    }

    @Test
    void debugCoversDataErrorsOnEveryCommand() {
        for (String command : new String[] {"stints", "finals", "incidents"}) {
            CliRun.Result plain = CliRun.run("--data", "no/such.json", command);
            CliRun.Result debug = CliRun.run("--data", "no/such.json", command, "--debug");
            assertEquals(66, plain.code());
            assertEquals(66, debug.code());
            assertFalse(plain.err().contains("\tat "), plain.err());
            assertTrue(debug.err().contains("NoSuchFileException"), debug.err());
            assertTrue(debug.err().contains("\tat dev.herrera.data.CareerLoader"), debug.err());
            assertTrue(debug.err().endsWith(plain.err()), debug.err());
        }
    }

    @Test
    void debugCoversUnknownTeams() {
        CliRun.Result r = CliRun.run("--debug", "stints", "--team", "nowhere");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("\tat dev.herrera.query.TeamFinder.find"), r.err());
    }

    @Test
    void successPrintsNoTraceEvenWithDebug() {
        CliRun.Result r = CliRun.run("--debug", "stints");
        assertEquals(0, r.code());
        assertEquals("", r.err());
    }
}
