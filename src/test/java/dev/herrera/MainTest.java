package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A closed pipe ends quietly, other write failures and internal errors are one line, --debug adds the trace. */
class FailureOutputTest {
    /** Stdout as Main builds it, over a stream that fails like a pipe whose reader has gone. */
    private static Main.WriteFailures failing(String message) {
        return new Main.WriteFailures(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(message);
            }
        });
    }

    private static int run(Main.WriteFailures stdout, StringWriter err, String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        PrintWriter errWriter = new PrintWriter(err);
        int code = Cli.create(out, errWriter).execute(args);
        out.flush();
        code = Main.exitCode(code, stdout.failure, errWriter);
        errWriter.flush();
        return code;
    }

    @Test
    void aClosedPipeEndsQuietly() {
        for (String command : new String[] {"stints", "finals", "incidents"}) {
            Main.WriteFailures stdout = failing("Broken pipe");
            StringWriter err = new StringWriter();
            assertEquals(0, run(stdout, err, command));
            assertTrue(stdout.failure != null, "the write did fail");
            assertEquals("", err.toString());
        }
    }

    @Test
    void anotherWriteFailureIsOneLine() {
        StringWriter err = new StringWriter();
        assertEquals(Main.CANNOT_WRITE, run(failing("No space left on device"), err, "stints"));
        assertEquals("herrera: cannot write the output: No space left on device\n", err.toString());
    }

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
        assertEquals(FailureHandler.SOFTWARE, r.code());
        assertEquals("herrera: internal error: java.lang.IllegalStateException: writer broke"
                + " (run again with --debug for details)\n", r.err());
    }

    @Test
    void anInternalErrorShowsItsTraceWithDebug() {
        CliRun.Result r = runWithBrokenWriter("--debug", "stints");
        assertEquals(FailureHandler.SOFTWARE, r.code());
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
